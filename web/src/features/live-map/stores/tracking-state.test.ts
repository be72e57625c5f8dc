import { describe, expect, it } from 'vitest';
import type { Position, RemovalReason, TrackingScope } from '../../../types/api';
import type { SnapshotTrails } from '../../../lib/tracking-frames';
import { trailPoints } from '../utils/trail';
import { initialTrackingState, MAX_ENDED, nextExpiryMs, trackingReducer, type TrackingState } from './tracking-state';

const FLEET: TrackingScope = { kind: 'fleet' };
const T0 = Date.parse('2026-01-01T00:00:00.000Z');

const at = (deliveryId: string, seq: number, lng = -73.99): Position => ({
  deliveryId,
  routeId: 'fifth-avenue',
  seq,
  lat: 40.73 + seq * 0.001,
  lng,
  emittedAt: T0 + seq * 500,
});

const seqs = (state: TrackingState) =>
  Object.fromEntries(Object.values(state.vehicles).map((v) => [v.deliveryId, v.seq]));

const snapshot = (state: TrackingState, positions: Position[], scope: TrackingScope | null = FLEET, trails?: SnapshotTrails) =>
  trackingReducer(state, { type: 'snapshot', scope, positions, trails });
const positions = (state: TrackingState, list: Position[]) => trackingReducer(state, { type: 'positions', positions: list });
const removed = (state: TrackingState, nowMs: number, ...pairs: [string, RemovalReason][]) =>
  trackingReducer(state, { type: 'removed', deliveries: pairs.map(([deliveryId, reason]) => ({ deliveryId, reason })), nowMs });

describe('trackingReducer', () => {
  it('starts from a snapshot and applies later positions in order', () => {
    let state = snapshot(initialTrackingState, [at('a', 3), at('b', 0)]);
    state = positions(state, [at('a', 4), at('a', 5), at('b', 1)]);
    expect(seqs(state)).toEqual({ a: 5, b: 1 });
    expect(state.vehicles.a).toMatchObject({ emittedAt: T0 + 2500, finished: false, finishedAtMs: null });
    expect(state.vehicles.a?.lat).toBeCloseTo(40.735);
  });

  it('adds deliveries that start after the snapshot', () => {
    const state = positions(initialTrackingState, [at('new', 0)]);
    expect(seqs(state)).toEqual({ new: 0 });
  });

  it('ignores positions whose seq is not above the highest seen', () => {
    let state = positions(initialTrackingState, [at('a', 5)]);
    const before = state;
    state = positions(state, [at('a', 5), at('a', 2)]);
    expect(state).toBe(before);
    expect(seqs(state)).toEqual({ a: 5 });
  });

  it('moves a vehicle straight to the latest position of a coalesced frame', () => {
    let state = positions(initialTrackingState, [at('a', 2), at('b', 7)]);
    // The viewer fell behind: seq 3..11 of 'a' were left out, only 12 comes.
    state = positions(state, [at('a', 12), at('b', 8)]);
    expect(seqs(state)).toEqual({ a: 12, b: 8 });
    expect(state.vehicles.a?.emittedAt).toBe(T0 + 6000);
  });

  it('keeps a delivered vehicle at its final position and ignores anything after it', () => {
    let state = positions(initialTrackingState, [at('a', 8), at('a', 9)]);
    state = removed(state, 1000, ['a', 'delivered']);
    expect(state.vehicles.a).toMatchObject({ seq: 9, finished: true, finishedAtMs: 1000 });
    expect(state.vehicles.a?.lat).toBeCloseTo(40.739);
    state = positions(state, [at('a', 10)]);
    expect(state.vehicles.a).toMatchObject({ seq: 9, finished: true });
    // A repeated removal does not restart the clock.
    expect(removed(state, 5000, ['a', 'delivered'])).toBe(state);
  });

  it.each<RemovalReason>(['silent', 'left-area', 'cancelled', 'unknown'])(
    'takes a vehicle removed as %s off at once',
    (reason) => {
      let state = positions(initialTrackingState, [at('gone', 4), at('moving', 2)]);
      state = removed(state, 1000, ['gone', reason]);
      expect(seqs(state)).toEqual({ moving: 2 });
      expect(nextExpiryMs(state, 10_000)).toBeNull();
    },
  );

  it('takes even a delivered vehicle off when it is then removed for another reason', () => {
    let state = removed(positions(initialTrackingState, [at('a', 9)]), 1000, ['a', 'delivered']);
    state = removed(state, 2000, ['a', 'cancelled']);
    expect(seqs(state)).toEqual({});
  });

  it('ignores removals of deliveries it does not know, but remembers the ended ones', () => {
    const state = positions(initialTrackingState, [at('a', 1)]);
    const next = removed(state, 1000, ['other', 'delivered'], ['another', 'silent']);
    expect(next.vehicles).toBe(state.vehicles);
    expect([...next.ended]).toEqual(['other']);
    expect(removed(state, 1000, ['another', 'silent'])).toBe(state);
  });

  it('applies every removal of one frame', () => {
    let state = positions(initialTrackingState, [at('a', 9), at('b', 3), at('c', 1)]);
    state = removed(state, 1000, ['a', 'delivered'], ['b', 'left-area']);
    expect(seqs(state)).toEqual({ a: 9, c: 1 });
    expect(state.vehicles.a?.finished).toBe(true);
  });

  it('removes delivered vehicles only after they were shown long enough', () => {
    let state = positions(initialTrackingState, [at('done', 9), at('moving', 3)]);
    state = removed(state, 1000, ['done', 'delivered']);
    expect(nextExpiryMs(state, 10_000)).toBe(11_000);
    state = trackingReducer(state, { type: 'expire', nowMs: 10_999, keepFinishedMs: 10_000 });
    expect(seqs(state)).toEqual({ done: 9, moving: 3 });
    state = trackingReducer(state, { type: 'expire', nowMs: 11_000, keepFinishedMs: 10_000 });
    expect(seqs(state)).toEqual({ moving: 3 });
    expect(nextExpiryMs(state, 10_000)).toBeNull();
  });

  it('resyncs from the snapshot sent after a reconnect', () => {
    let state = snapshot(initialTrackingState, [at('gone', 4), at('lagging', 7), at('moving', 2)]);
    state = removed(positions(state, [at('done', 9)]), 1, ['done', 'delivered']);
    // Reconnect: 'gone' finished while we were away; 'lagging' is behind what we have seen.
    state = snapshot(state, [at('lagging', 5), at('moving', 6), at('fresh', 0)]);
    expect(seqs(state)).toEqual({ done: 9, lagging: 7, moving: 6, fresh: 0 });
    expect(state.vehicles.done?.finished).toBe(true);
    // Duplicates replayed after the reconnect are still dropped.
    state = positions(state, [at('moving', 6), at('moving', 7)]);
    expect(seqs(state).moving).toBe(7);
  });

  it('replaces everything with the snapshot of a new scope, keeping delivered vehicles inside it', () => {
    let state = positions(initialTrackingState, [at('west', 3, -74.01), at('east', 3, -73.95), at('other', 1, -73.95)]);
    state = removed(state, 1, ['west', 'delivered'], ['east', 'delivered']);
    const box: TrackingScope = { kind: 'area', bbox: [-74.02, 40.7, -74.0, 40.75] };
    state = snapshot(state, [at('inside', 2, -74.005)], box);
    expect(seqs(state)).toEqual({ west: 3, inside: 2 });
    state = snapshot(state, [at('mine', 5)], { kind: 'delivery', deliveryId: 'mine' });
    expect(seqs(state)).toEqual({ mine: 5 });
  });

  it('keeps delivered vehicles when the snapshot does not say its scope', () => {
    let state = removed(positions(initialTrackingState, [at('done', 9)]), 1, ['done', 'delivered']);
    state = snapshot(state, [], null);
    expect(seqs(state)).toEqual({ done: 9 });
  });

  it('forgets everything on clear', () => {
    const state = positions(initialTrackingState, [at('a', 1)]);
    expect(trackingReducer(state, { type: 'clear' })).toEqual(initialTrackingState);
    expect(trackingReducer(initialTrackingState, { type: 'clear' })).toBe(initialTrackingState);
  });

  describe('trails, heading and speed', () => {
    const trailOf = (state: TrackingState, id: string) => trailPoints(state.vehicles[id]!.trail);

    it('seeds a trail from the snapshot ([lat, lng] on the wire, [lng, lat] kept) and extends it with every position', () => {
      let state = snapshot(initialTrackingState, [at('a', 2)], FLEET, {
        a: [[40.73, -73.99], [40.731, -73.99], [40.732, -73.99]],
      });
      expect(trailOf(state, 'a')).toEqual([[-73.99, 40.73], [-73.99, 40.731], [-73.99, 40.732]]);
      expect(state.vehicles.a?.headingDeg).toBeCloseTo(0); // driving north
      state = positions(state, [at('a', 3), at('a', 4)]);
      expect(trailOf(state, 'a')).toHaveLength(5);
      expect(trailOf(state, 'a').at(-1)?.[1]).toBeCloseTo(40.734);
    });

    it('starts a trail at the first position when the snapshot has none', () => {
      const state = snapshot(initialTrackingState, [at('a', 2)]);
      expect(trailOf(state, 'a')).toEqual([[-73.99, at('a', 2).lat]]);
      expect(state.vehicles.a).toMatchObject({ headingDeg: null, speedMps: null, firstSeq: 2, firstEmittedAt: T0 + 1000 });
    });

    it('keeps its own trail on a resync and appends the snapshot position to it', () => {
      let state = positions(initialTrackingState, [at('a', 0), at('a', 1)]);
      state = snapshot(state, [at('a', 5)], FLEET, { a: [[40, -70], [40.735, -73.99]] });
      expect(trailOf(state, 'a').map(([, lat]) => lat.toFixed(3))).toEqual(['40.730', '40.731', '40.735']);
      expect(state.vehicles.a?.firstSeq).toBe(0);
    });

    it('turns the heading with the vehicle and estimates its speed from the reports', () => {
      // 0.001° of latitude (~111 m) every 500 ms: ~222 m/s is implausible; use smaller steps.
      const step = (seq: number, lat: number, lng: number): Position => ({ ...at('a', seq), lat, lng });
      let state = positions(initialTrackingState, [step(0, 40.73, -73.99)]);
      state = positions(state, [step(1, 40.73, -73.98995)]); // ~4.2 m east in 0.5 s
      expect(state.vehicles.a?.headingDeg).toBeCloseTo(90, 0);
      expect(state.vehicles.a?.speedMps).toBeCloseTo(8.4, 0);
      state = positions(state, [step(2, 40.73004, -73.98995)]); // ~4.4 m north
      expect(state.vehicles.a?.headingDeg).toBeCloseTo(0, 0);
      state = positions(state, [step(3, 40.73004, -73.98995)]); // standing still
      expect(state.vehicles.a?.headingDeg).toBeCloseTo(0, 0);
      expect(state.vehicles.a?.speedMps).toBeLessThan(8);
    });

    it('never brings back a delivered or cancelled delivery (no ghosts), even after it expired', () => {
      let state = positions(initialTrackingState, [at('done', 9), at('off', 2)]);
      state = removed(state, 1000, ['done', 'delivered'], ['off', 'cancelled']);
      state = trackingReducer(state, { type: 'expire', nowMs: 20_000, keepFinishedMs: 10_000 });
      expect(seqs(state)).toEqual({});
      state = positions(state, [at('done', 10), at('off', 3)]);
      state = snapshot(state, [at('done', 11), at('off', 4), at('live', 1)]);
      expect(seqs(state)).toEqual({ live: 1 });
    });

    it('lets a delivery that left the area come back', () => {
      let state = removed(positions(initialTrackingState, [at('a', 1)]), 1, ['a', 'left-area']);
      state = positions(state, [at('a', 4)]);
      expect(seqs(state)).toEqual({ a: 4 });
    });

    it('remembers a bounded number of ended deliveries', () => {
      const pairs = Array.from({ length: MAX_ENDED + 10 }, (_, i) => [`d${i}`, 'delivered'] as [string, RemovalReason]);
      const state = removed(initialTrackingState, 1, ...pairs);
      expect(state.ended.size).toBe(MAX_ENDED);
      expect(state.ended.has('d0')).toBe(false);
      expect(state.ended.has(`d${MAX_ENDED + 9}`)).toBe(true);
    });

    it('sees each delivery once when the same route is driven twice', () => {
      const twin = (id: string, seq: number) => ({ ...at(id, seq), routeId: 'broadway' });
      const state = positions(initialTrackingState, [twin('x', 0), twin('y', 0), twin('x', 1), twin('y', 1)]);
      expect(seqs(state)).toEqual({ x: 1, y: 1 });
      expect(trailOf(state, 'x')).toHaveLength(2);
    });
  });
});
