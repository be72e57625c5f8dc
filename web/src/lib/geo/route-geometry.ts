import type { Route } from '../../types/api';

const EARTH_RADIUS_M = 6_371_008.8;
const RAD = Math.PI / 180;

/** Great-circle distance in metres. */
export function distanceMeters(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLng = (lng2 - lng1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Initial bearing from the first point to the second, degrees clockwise from north, 0..360. */
export function bearingDegrees(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const φ1 = lat1 * RAD;
  const φ2 = lat2 * RAD;
  const Δλ = (lng2 - lng1) * RAD;
  const y = Math.sin(Δλ) * Math.cos(φ2);
  const x = Math.cos(φ1) * Math.sin(φ2) - Math.sin(φ1) * Math.cos(φ2) * Math.cos(Δλ);
  return ((Math.atan2(y, x) / RAD) % 360 + 360) % 360;
}

/** A route's line measured once: the distance from its start to each vertex. */
export interface MeasuredRoute {
  /** [lng, lat] vertices, as GeoJSON writes them. */
  readonly coordinates: readonly (readonly [number, number])[];
  /** `along[i]`: metres from the start to vertex i. */
  readonly along: Float64Array;
  readonly lengthMeters: number;
}

/** Where a point lies along a route: metres from the start, and the segment it is closest to. */
export interface RoutePlace {
  alongMeters: number;
  segment: number;
}

const measured = new WeakMap<Route, MeasuredRoute>();

/** Measures a route's line (cached per route object). */
export function measureRoute(route: Route): MeasuredRoute {
  let result = measured.get(route);
  if (!result) {
    result = measureLine(route.geometry.coordinates);
    measured.set(route, result);
  }
  return result;
}

export function measureLine(coordinates: readonly (readonly [number, number])[]): MeasuredRoute {
  const along = new Float64Array(coordinates.length);
  for (let i = 1; i < coordinates.length; i++) {
    const [lng0, lat0] = coordinates[i - 1]!;
    const [lng1, lat1] = coordinates[i]!;
    along[i] = along[i - 1]! + distanceMeters(lat0, lng0, lat1, lng1);
  }
  return { coordinates, along, lengthMeters: coordinates.length > 0 ? along[coordinates.length - 1]! : 0 };
}

/**
 * The place on the route closest to a point. With `hint` (the segment of the vehicle's last
 * place) only a window of segments around it is searched, so following a vehicle costs O(1)
 * per position; far from the hint, the whole line is searched.
 */
export function placeOnRoute(route: MeasuredRoute, lat: number, lng: number, hint?: number): RoutePlace {
  const segments = route.coordinates.length - 1;
  if (segments < 1) return { alongMeters: 0, segment: 0 };
  const search = (from: number, to: number) => {
    let best = { alongMeters: 0, segment: from, distance: Infinity };
    const cosLat = Math.cos(lat * RAD);
    for (let i = Math.max(0, from); i <= Math.min(segments - 1, to); i++) {
      const [ax, ay] = route.coordinates[i]!;
      const [bx, by] = route.coordinates[i + 1]!;
      // Local equirectangular projection: exact enough within one segment.
      const dx = (bx - ax) * cosLat;
      const dy = by - ay;
      const px = (lng - ax) * cosLat;
      const py = lat - ay;
      const lengthSquared = dx * dx + dy * dy;
      const t = lengthSquared === 0 ? 0 : Math.min(1, Math.max(0, (px * dx + py * dy) / lengthSquared));
      const distance = (px - t * dx) ** 2 + (py - t * dy) ** 2;
      if (distance < best.distance) {
        const segmentLength = route.along[i + 1]! - route.along[i]!;
        best = { alongMeters: route.along[i]! + t * segmentLength, segment: i, distance };
      }
    }
    return best;
  };
  if (hint !== undefined) {
    const near = search(hint - 2, hint + 8);
    // Within ~30 m of the line near the hint: trust it (degrees², about 0.0003° ≈ 30 m).
    if (near.distance < 0.0003 ** 2) return { alongMeters: near.alongMeters, segment: near.segment };
  }
  const anywhere = search(0, segments - 1);
  return { alongMeters: anywhere.alongMeters, segment: anywhere.segment };
}
