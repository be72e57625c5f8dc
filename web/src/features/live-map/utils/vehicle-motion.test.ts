import { describe, expect, it } from 'vitest';
import {
  advanceMotions,
  DEFAULT_DURATION_MS,
  drawnAt,
  isMoving,
  MAX_DURATION_MS,
  MIN_DURATION_MS,
  motionDurationMs,
  type MovingVehicle,
  type VehicleMotions,
} from './vehicle-motion';

const T0 = Date.parse('2026-01-01T00:00:00.000Z');
const at = (seq: number, lng: number, lat: number, emittedAfterMs = seq * 500): MovingVehicle => ({
  deliveryId: 'd1',
  seq,
  lng,
  lat,
  emittedAt: T0 + emittedAfterMs,
});
const step = (motions: VehicleMotions, vehicle: MovingVehicle, nowMs: number, animate = true) =>
  advanceMotions(motions, { [vehicle.deliveryId]: vehicle }, nowMs, animate);
const motionOf = (motions: VehicleMotions) => {
  const motion = motions.d1;
  if (!motion) throw new Error('d1 has no motion');
  return motion;
};

describe('motionDurationMs', () => {
  it('is the gap between consecutive reports', () => {
    expect(motionDurationMs(T0, T0 + 480)).toBe(480);
  });

  it('is clamped to the allowed range', () => {
    expect(motionDurationMs(T0, T0 + 20)).toBe(MIN_DURATION_MS);
    expect(motionDurationMs(T0, T0 - 300)).toBe(MIN_DURATION_MS);
    expect(motionDurationMs(T0, T0 + 60_000)).toBe(MAX_DURATION_MS);
  });

  it('falls back to the default when a time is unknown', () => {
    expect(motionDurationMs(Number.NaN, T0)).toBe(DEFAULT_DURATION_MS);
    expect(motionDurationMs(T0, Number.NaN)).toBe(DEFAULT_DURATION_MS);
  });
});

describe('advanceMotions and drawnAt', () => {
  it('draws a vehicle seen for the first time at its position at once', () => {
    const motion = motionOf(step({}, at(0, 10, 20), 1000));
    expect(drawnAt(motion, 1000)).toEqual([10, 20]);
    expect(isMoving(motion, 1000)).toBe(false);
  });

  it('glides linearly from the previous position over the gap between reports', () => {
    const first = step({}, at(0, 10, 20), 0);
    const motion = motionOf(step(first, at(1, 12, 24, 400), 1000));
    expect(motion.durationMs).toBe(400);
    expect(drawnAt(motion, 1000)).toEqual([10, 20]);
    const [lng, lat] = drawnAt(motion, 1200);
    expect(lng).toBeCloseTo(11);
    expect(lat).toBeCloseTo(22);
    expect(isMoving(motion, 1399)).toBe(true);
    expect(drawnAt(motion, 1400)).toEqual([12, 24]);
    expect(isMoving(motion, 1400)).toBe(false);
  });

  it('starts a position that arrives mid-glide from the point drawn now', () => {
    let motions = step({}, at(0, 0, 0), 0);
    motions = step(motions, at(1, 10, 10), 1000);
    motions = step(motions, at(2, 20, 30), 1250);
    const motion = motionOf(motions);
    expect(motion.from[0]).toBeCloseTo(5);
    expect(motion.from[1]).toBeCloseTo(5);
    const [lng, lat] = drawnAt(motion, 1500);
    expect(lng).toBeCloseTo(12.5);
    expect(lat).toBeCloseTo(17.5);
    expect(drawnAt(motion, 1750)).toEqual([20, 30]);
  });

  it('ends a finished vehicle exactly at its final position', () => {
    // -26.9226 + (13.3438 - -26.9226) is 13.343799999999998 in floating point
    let motions = step({}, at(0, -26.9226, 54.4845), 0);
    motions = step(motions, at(1, 13.3438, 15.5748), 100);
    const motion = motionOf(motions);
    expect(drawnAt(motion, 100 + motion.durationMs)).toEqual([13.3438, 15.5748]);
    expect(drawnAt(motion, 60_000)).toEqual([13.3438, 15.5748]);
  });

  it('keeps a motion while the seq is unchanged', () => {
    const first = step(step({}, at(0, 0, 0), 0), at(1, 1, 1), 10);
    expect(step(first, { ...at(1, 1, 1) }, 200).d1).toBe(first.d1);
  });

  it('places vehicles at once when animation is off', () => {
    const motion = motionOf(step(step({}, at(0, 0, 0), 0), at(1, 4, 4), 10, false));
    expect(drawnAt(motion, 10)).toEqual([4, 4]);
    expect(isMoving(motion, 10)).toBe(false);
  });

  it('keeps every present vehicle and drops removed ones', () => {
    const motions = advanceMotions({}, { a: { ...at(0, 1, 1), deliveryId: 'a' }, b: { ...at(0, 2, 2), deliveryId: 'b' } }, 0, true);
    expect(Object.keys(motions).sort()).toEqual(['a', 'b']);
    expect(Object.keys(advanceMotions(motions, { b: { ...at(1, 3, 3), deliveryId: 'b' } }, 10, true))).toEqual(['b']);
  });
});
