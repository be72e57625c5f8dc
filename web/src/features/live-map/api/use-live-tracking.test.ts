import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TrackingScope } from '../../../types/api';
import { KEEP_FINISHED_MS, useLiveTracking } from './use-live-tracking';

class FakeWebSocket {
  static all: FakeWebSocket[] = [];
  onopen: ((e: Event) => void) | null = null;
  onmessage: ((e: MessageEvent) => void) | null = null;
  onclose: ((e: CloseEvent) => void) | null = null;
  onerror: ((e: Event) => void) | null = null;
  sent: unknown[] = [];
  constructor(readonly url: string) {
    FakeWebSocket.all.push(this);
  }
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close() {}
  open() {
    act(() => this.onopen?.(new Event('open')));
  }
  emit(frame: unknown) {
    act(() => this.onmessage?.(new MessageEvent('message', { data: JSON.stringify(frame) })));
  }
}

const row = (deliveryId: string, seq: number) => [deliveryId, 'broadway', seq, 40.73, -73.99, 1764079203500 + seq * 500];
const MINE: TrackingScope = { kind: 'delivery', deliveryId: 'd1' };

describe('useLiveTracking', () => {
  beforeEach(() => {
    FakeWebSocket.all = [];
    vi.stubGlobal('WebSocket', FakeWebSocket);
  });

  it('watches the fleet by default and switches scope on the open socket', () => {
    const { result, rerender } = renderHook(({ scope }) => useLiveTracking(scope, 'ws://test/ws'), {
      initialProps: { scope: undefined as TrackingScope | undefined },
    });
    const socket = FakeWebSocket.all[0]!;
    expect(socket.url).toBe('ws://test/ws');
    socket.open();
    socket.emit({ type: 'snapshot', v: 1, scope: { kind: 'fleet' }, positions: [row('d1', 3), row('d2', 4)] });
    expect(Object.keys(result.current.vehicles)).toEqual(['d1', 'd2']);

    rerender({ scope: { ...MINE } });
    rerender({ scope: { ...MINE } }); // an equal scope is not sent again
    expect(FakeWebSocket.all).toHaveLength(1);
    expect(socket.sent).toEqual([{ type: 'subscribe', scope: MINE }]);
    socket.emit({ type: 'snapshot', v: 1, scope: MINE, positions: [row('d1', 5)] });
    expect(Object.keys(result.current.vehicles)).toEqual(['d1']);
    expect(result.current.vehicles.d1?.seq).toBe(5);
  });

  it('shows a delivered vehicle for a while, then takes it off', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { result } = renderHook(() => useLiveTracking(undefined, 'ws://test/ws'));
    const socket = FakeWebSocket.all[0]!;
    socket.open();
    socket.emit({ type: 'snapshot', v: 1, scope: { kind: 'fleet' }, positions: [row('d1', 8)] });
    socket.emit({ type: 'positions', positions: [row('d1', 9)] });
    socket.emit({ type: 'removed', deliveries: [['d1', 'delivered']] });
    expect(result.current.vehicles.d1).toMatchObject({ seq: 9, finished: true });
    act(() => vi.advanceTimersByTime(KEEP_FINISHED_MS - 1));
    expect(result.current.vehicles.d1).toBeDefined();
    act(() => vi.advanceTimersByTime(1));
    expect(result.current.vehicles).toEqual({});
  });
});
