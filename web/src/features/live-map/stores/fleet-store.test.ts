import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Position } from '../../../types/api';
import { FleetStore } from './fleet-store';

const T0 = Date.parse('2026-01-01T00:00:00.000Z');
const at = (deliveryId: string, seq: number): Position => ({
  deliveryId, routeId: 'broadway', seq, lat: 40.73 + seq * 0.0001, lng: -73.99, emittedAt: T0 + seq * 500,
});

describe('FleetStore', () => {
  let now = 1_000;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    now = 1_000;
  });
  afterEach(() => vi.useRealTimers());
  const store = () => new FleetStore({ keepFinishedMs: 10_000, now: () => now, maxRecent: 2 });

  it('tells its listeners about every change, and only about changes', () => {
    const fleet = store();
    const listener = vi.fn();
    fleet.subscribe(listener);
    fleet.receive({ type: 'snapshot', scope: { kind: 'fleet' }, positions: [at('a', 0)] });
    fleet.receive({ type: 'positions', positions: [at('a', 0)], coalesced: 0 }); // a duplicate
    fleet.receive({ type: 'positions', positions: [at('a', 1)], coalesced: 0 });
    expect(listener).toHaveBeenCalledTimes(2);
    expect(fleet.getState().vehicles.a?.seq).toBe(1);
    expect(fleet.stats).toMatchObject({ vehicles: 1, updates: 3, lastUpdateMs: 1_000 });
  });

  it('lists delivered deliveries, newest first, with what it saw of them, and bounded', () => {
    const fleet = store();
    fleet.receive({ type: 'positions', positions: [at('a', 0), at('a', 1), at('b', 4), at('c', 2)], coalesced: 0 });
    fleet.receive({ type: 'removed', deliveries: [{ deliveryId: 'a', reason: 'delivered' }] });
    now = 2_000;
    fleet.receive({ type: 'removed', deliveries: [{ deliveryId: 'b', reason: 'delivered' }, { deliveryId: 'c', reason: 'silent' }] });
    fleet.receive({ type: 'removed', deliveries: [{ deliveryId: 'b', reason: 'delivered' }] }); // repeated
    expect(fleet.getRecent().map((r) => r.deliveryId)).toEqual(['b', 'a']);
    expect(fleet.getRecent()[1]).toMatchObject({ firstSeq: 0, seq: 1, firstEmittedAt: T0, lastEmittedAt: T0 + 500, finishedAtMs: 1_000 });
    fleet.receive({ type: 'positions', positions: [at('d', 3)], coalesced: 0 });
    fleet.receive({ type: 'removed', deliveries: [{ deliveryId: 'd', reason: 'delivered' }] });
    expect(fleet.getRecent().map((r) => r.deliveryId)).toEqual(['d', 'b']);
  });

  it('takes a delivered vehicle off the map after a while, by itself', () => {
    const fleet = store();
    const listener = vi.fn();
    fleet.subscribe(listener);
    fleet.receive({ type: 'positions', positions: [at('a', 0), at('b', 0)], coalesced: 0 });
    fleet.receive({ type: 'removed', deliveries: [{ deliveryId: 'a', reason: 'delivered' }] });
    expect(Object.keys(fleet.getState().vehicles)).toEqual(['a', 'b']);
    now = 11_000;
    vi.advanceTimersByTime(10_000);
    expect(Object.keys(fleet.getState().vehicles)).toEqual(['b']);
    expect(fleet.stats.vehicles).toBe(1);
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it('stops its timer when disposed', () => {
    const fleet = store();
    fleet.receive({ type: 'positions', positions: [at('a', 0)], coalesced: 0 });
    fleet.receive({ type: 'removed', deliveries: [{ deliveryId: 'a', reason: 'delivered' }] });
    fleet.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });
});
