import { planarBearing, planarDelta } from './planar';

/** Moves shorter than this (GPS jitter, a vehicle standing) keep the heading it had. */
export const MIN_HEADING_MOVE_METERS = 1;

/**
 * The heading (degrees clockwise from north) after moving from `from` to `to` ([lng, lat]):
 * the bearing between them, or `previous` when they are (nearly) the same point.
 */
export function headingAfter(
  from: readonly [number, number] | null,
  to: readonly [number, number],
  previous: number | null,
): number | null {
  if (!from) return previous;
  const [east, north] = planarDelta(from, to);
  if (east * east + north * north < MIN_HEADING_MOVE_METERS * MIN_HEADING_MOVE_METERS) return previous;
  return planarBearing(east, north);
}

/** The heading at the end of a trail ([lng, lat] points): from its last two distinct points; null if it never moved. */
export function headingOfTrail(trail: readonly (readonly [number, number])[]): number | null {
  const last = trail[trail.length - 1];
  if (!last) return null;
  for (let i = trail.length - 2; i >= 0; i--) {
    const heading = headingAfter(trail[i]!, last, null);
    if (heading !== null) return heading;
  }
  return null;
}
