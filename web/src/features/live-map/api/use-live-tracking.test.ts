import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TrackingScope } from '../../../types/api';
import { KEEP_FINISHED_MS, useFleetSnapshot, useLiveTracking } from './use-live-tracking';
import { FakeWebSocket } from '../../../testing/fake-websocket';


const row = (deliveryId: string, seq: number) => [deliveryId, 'broadway', seq, 40.73 + seq * 0.0001, -73.99, 1764079203500 + seq * 500];
const MINE: TrackingScope = { kind: 'delivery', deliveryId: 'd1' };

function useTracked(scope: TrackingScope | undefined, intervalMs = 0) {
  const { store, status } = useLiveTracking(scope, 'ws://test/ws');
  return { ...useFleetSnapshot(store, intervalMs), status, store };
}

describe('useLiveTracking', () => {
  beforeEach(() => {
    FakeWebSocket.reset();
    vi.stubGlobal('WebSocket', FakeWebSocket);
  });

  it('watches the fleet by default and switches scope on the open socket', () => {
    const { result, rerender } = renderHook(({ scope }) => useTracked(scope), {
      initialProps: { scope: undefined as TrackingScope | undefined },
    });
    const socket = FakeWebSocket.all[0]!;
    expect(socket.url).toBe('ws://test/ws');
    socket.open();
    socket.emit({ type: 'snapshot', v: 1, scope: { kind: 'fleet' }, positions: [row('d1', 3), row('d2', 4)] });
    expect(Object.keys(result.current.state.vehicles)).toEqual(['d1', 'd2']);

    rerender({ scope: { ...MINE } });
    rerender({ scope: { ...MINE } }); // an equal scope is not sent again
    expect(FakeWebSocket.all).toHaveLength(1);
    expect(socket.sentMessages()).toEqual([{ type: 'subscribe', scope: MINE }]);
    socket.emit({ type: 'snapshot', v: 1, scope: MINE, positions: [row('d1', 5)] });
    expect(Object.keys(result.current.state.vehicles)).toEqual(['d1']);
    expect(result.current.state.vehicles.d1?.seq).toBe(5);
  });

  it('shows a delivered vehicle for a while, then takes it off, and lists it as recent', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { result } = renderHook(() => useTracked(undefined));
    const socket = FakeWebSocket.all[0]!;
    socket.open();
    socket.emit({ type: 'snapshot', v: 1, scope: { kind: 'fleet' }, positions: [row('d1', 8)] });
    socket.emit({ type: 'positions', positions: [row('d1', 9)] });
    socket.emit({ type: 'removed', deliveries: [['d1', 'delivered']] });
    expect(result.current.state.vehicles.d1).toMatchObject({ seq: 9, finished: true });
    act(() => vi.advanceTimersByTime(KEEP_FINISHED_MS - 1));
    expect(result.current.state.vehicles.d1).toBeDefined();
    act(() => vi.advanceTimersByTime(1));
    expect(result.current.state.vehicles).toEqual({});
    expect(result.current.recent.map((r) => r.deliveryId)).toEqual(['d1']);
  });

  it('resyncs from the fresh snapshot after a dropped socket, without duplicates', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { result } = renderHook(() => useTracked(undefined));
    const first = FakeWebSocket.all[0]!;
    first.open();
    first.emit({ type: 'snapshot', v: 1, scope: { kind: 'fleet' }, positions: [row('d1', 3), row('d2', 1)] });
    first.drop();
    expect(result.current.status).toBe('closed');
    act(() => vi.advanceTimersByTime(1_000)); // the first backoff is at most 500 ms
    const second = FakeWebSocket.all[1]!;
    expect(second.url).toBe('ws://test/ws');
    second.open();
    expect(result.current.status).toBe('open');
    // d2 finished while the page was away; d1 moved on; d1's seq 3 is repeated.
    second.emit({ type: 'snapshot', v: 1, scope: { kind: 'fleet' }, positions: [row('d1', 6), row('d3', 0)] });
    second.emit({ type: 'positions', positions: [row('d1', 6), row('d1', 7)] });
    expect(Object.keys(result.current.state.vehicles).sort()).toEqual(['d1', 'd3']);
    expect(result.current.state.vehicles.d1?.seq).toBe(7);
    expect(result.current.state.vehicles.d1?.trail.length).toBe(3);
  });

  it('refreshes React at most once per interval, always with the latest state', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    let renders = 0;
    const { result } = renderHook(() => {
      renders += 1;
      return useTracked(undefined, 1000);
    });
    const socket = FakeWebSocket.all[0]!;
    socket.open();
    socket.emit({ type: 'snapshot', v: 1, scope: { kind: 'fleet' }, positions: [row('d1', 0)] });
    const before = renders;
    for (let seq = 1; seq <= 5; seq++) socket.emit({ type: 'positions', positions: [row('d1', seq)] });
    expect(renders).toBe(before);
    act(() => vi.advanceTimersByTime(1000));
    expect(renders).toBe(before + 1);
    expect(result.current.state.vehicles.d1?.seq).toBe(5);
  });

  it('exposes the fleet stats for tests and benchmarks', () => {
    renderHook(() => useTracked(undefined));
    const socket = FakeWebSocket.all[0]!;
    socket.open();
    socket.emit({ type: 'snapshot', v: 1, scope: { kind: 'fleet' }, positions: [row('d1', 0), row('d2', 0)] });
    expect(window.codeDeliveryFleetStats).toMatchObject({ vehicles: 2, updates: 1 });
  });
});
