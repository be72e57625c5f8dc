import { describe, expect, it } from 'vitest';
import type { Position } from '../../../types/api';
import { initialTrackingState, nextExpiryMs, trackingReducer, type TrackingState } from './tracking-state';

const at = (deliveryId: string, seq: number, finished = false): Position => ({
  deliveryId,
  routeId: 'fifth-avenue',
  seq,
  lat: 40.73 + seq * 0.001,
  lng: -73.99,
  finished,
  emittedAt: '2026-01-01T00:00:00Z',
});

const seqs = (state: TrackingState) =>
  Object.fromEntries(Object.values(state.vehicles).map((v) => [v.deliveryId, v.seq]));

describe('trackingReducer', () => {
  it('starts from a snapshot and applies later positions in order', () => {
    let state = trackingReducer(initialTrackingState, { type: 'snapshot', positions: [at('a', 3), at('b', 0)], nowMs: 0 });
    state = trackingReducer(state, { type: 'positions', positions: [at('a', 4), at('a', 5), at('b', 1)], nowMs: 1 });
    expect(seqs(state)).toEqual({ a: 5, b: 1 });
    expect(state.vehicles.a?.lat).toBeCloseTo(40.735);
  });

  it('adds deliveries that start after the snapshot', () => {
    const state = trackingReducer(initialTrackingState, { type: 'positions', positions: [at('new', 0)], nowMs: 0 });
    expect(seqs(state)).toEqual({ new: 0 });
  });

  it('ignores positions whose seq is not above the highest seen', () => {
    let state = trackingReducer(initialTrackingState, { type: 'positions', positions: [at('a', 5)], nowMs: 0 });
    const before = state;
    state = trackingReducer(state, { type: 'positions', positions: [at('a', 5), at('a', 2)], nowMs: 1 });
    expect(state).toBe(before);
    expect(seqs(state)).toEqual({ a: 5 });
  });

  it('keeps a finished delivery at its destination and ignores anything after it', () => {
    let state = trackingReducer(initialTrackingState, { type: 'positions', positions: [at('a', 8), at('a', 9, true)], nowMs: 1000 });
    expect(state.vehicles.a).toMatchObject({ seq: 9, finished: true, finishedAtMs: 1000 });
    state = trackingReducer(state, { type: 'positions', positions: [at('a', 10)], nowMs: 1500 });
    expect(state.vehicles.a).toMatchObject({ seq: 9, finished: true });
  });

  it('removes finished deliveries only after they were shown long enough', () => {
    let state = trackingReducer(initialTrackingState, {
      type: 'positions', positions: [at('done', 9, true), at('moving', 3)], nowMs: 1000,
    });
    expect(nextExpiryMs(state, 10_000)).toBe(11_000);
    state = trackingReducer(state, { type: 'expire', nowMs: 10_999, keepFinishedMs: 10_000 });
    expect(seqs(state)).toEqual({ done: 9, moving: 3 });
    state = trackingReducer(state, { type: 'expire', nowMs: 11_000, keepFinishedMs: 10_000 });
    expect(seqs(state)).toEqual({ moving: 3 });
    expect(nextExpiryMs(state, 10_000)).toBeNull();
  });

  it('resyncs from the snapshot sent after a reconnect', () => {
    let state = trackingReducer(initialTrackingState, {
      type: 'snapshot', positions: [at('gone', 4), at('lagging', 7), at('moving', 2)], nowMs: 0,
    });
    state = trackingReducer(state, { type: 'positions', positions: [at('done', 9, true)], nowMs: 1 });
    // Reconnect: 'gone' finished while we were away; 'lagging' is behind what we have seen.
    state = trackingReducer(state, {
      type: 'snapshot', positions: [at('lagging', 5), at('moving', 6), at('fresh', 0)], nowMs: 2,
    });
    expect(seqs(state)).toEqual({ done: 9, lagging: 7, moving: 6, fresh: 0 });
    // Duplicates replayed after the reconnect are still dropped.
    state = trackingReducer(state, { type: 'positions', positions: [at('moving', 6), at('moving', 7)], nowMs: 3 });
    expect(seqs(state).moving).toBe(7);
  });
});
