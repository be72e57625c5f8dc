const METERS_PER_DEGREE = 111_195; // mean Earth radius × π / 180
const RAD = Math.PI / 180;

/**
 * Metres east and north from one [lng, lat] point to another in a local flat frame: exact
 * enough between two positions of one vehicle (metres to a few hundred metres apart) and much
 * cheaper than great-circle formulas, which matters when 10,000 vehicles report twice a second.
 */
export function planarDelta(from: readonly [number, number], to: readonly [number, number]): [number, number] {
  const east = (to[0] - from[0]) * METERS_PER_DEGREE * Math.cos(((from[1] + to[1]) / 2) * RAD);
  const north = (to[1] - from[1]) * METERS_PER_DEGREE;
  return [east, north];
}

export function planarDistance(from: readonly [number, number], to: readonly [number, number]): number {
  const [east, north] = planarDelta(from, to);
  return Math.sqrt(east * east + north * north);
}

/** Degrees clockwise from north, 0..360. */
export function planarBearing(east: number, north: number): number {
  const degrees = Math.atan2(east, north) / RAD;
  return degrees < 0 ? degrees + 360 : degrees;
}
