import { planarDistance } from './planar';

export type LngLat = readonly [number, number];

/** The most points a delivery's trail keeps; older parts are thinned beyond it. */
export const MAX_TRAIL_POINTS = 500;
/** A point this close to the trail's last one adds nothing (a vehicle standing still). */
export const MIN_TRAIL_STEP_METERS = 2;

/**
 * The line a delivery has driven, [lng, lat] points oldest first. Appending is O(1): a trail
 * is a view (`length`) of an array that later trails may extend in place; a view never
 * changes what it shows, so trails can be shared between immutable states.
 */
export interface Trail {
  readonly points: LngLat[];
  readonly length: number;
}

export const EMPTY_TRAIL: Trail = Object.freeze({ points: [], length: 0 }) as Trail;

export function trailFrom(points: readonly LngLat[], max = MAX_TRAIL_POINTS): Trail {
  const kept = points.length > max ? thinEvenly(points, max) : points.slice();
  return { points: kept, length: kept.length };
}

/** The points of a trail, as an array of its own. */
export function trailPoints(trail: Trail): LngLat[] {
  return trail.points.slice(0, trail.length);
}

export function lastPoint(trail: Trail): LngLat | null {
  return trail.length > 0 ? trail.points[trail.length - 1]! : null;
}

/**
 * The trail with `point` at its end. A point within {@link MIN_TRAIL_STEP_METERS} of the last
 * replaces it; past `max` points, the older three quarters are thinned to half (the latest
 * quarter stays exact), so appending stays O(1) amortised and a trail never exceeds `max`.
 */
export function appendToTrail(trail: Trail, point: LngLat, max = MAX_TRAIL_POINTS): Trail {
  const last = lastPoint(trail);
  if (last && planarDistance(last, point) < MIN_TRAIL_STEP_METERS) {
    if (last[0] === point[0] && last[1] === point[1]) return trail;
    const points = trailPoints(trail);
    points[points.length - 1] = point;
    return { points, length: points.length };
  }
  if (trail.length + 1 > max) {
    const all = [...trailPoints(trail), point];
    const recent = Math.floor(max / 4);
    const older = thinEvenly(all.slice(0, all.length - recent), Math.floor(max / 2));
    const points = [...older, ...all.slice(all.length - recent)];
    return { points, length: points.length };
  }
  // Extend in place when no other trail has extended this array yet; copy otherwise.
  const points = trail.points.length === trail.length ? trail.points : trailPoints(trail);
  points.push(point);
  return { points, length: points.length };
}

/** At most `target` (≥ 2) points of `points`, evenly spread, keeping the first and the last. */
export function thinEvenly<T>(points: readonly T[], target: number): T[] {
  if (points.length <= target) return points.slice();
  const kept: T[] = [];
  const step = (points.length - 1) / (Math.max(2, target) - 1);
  for (let i = 0; i < Math.max(2, target); i++) kept.push(points[Math.round(i * step)]!);
  return kept;
}
