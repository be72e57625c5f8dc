import { placeOnRoute, type MeasuredRoute } from './route-geometry';

/** How far a vehicle is along its route. */
export interface RouteProgress {
  /** 0..1 of the route's length. */
  fraction: number;
  alongMeters: number;
  distanceLeftMeters: number;
  /** The segment the vehicle is on: pass it back as the hint for its next position. */
  segment: number;
}

export function routeProgress(route: MeasuredRoute, lat: number, lng: number, hint?: number): RouteProgress {
  const place = placeOnRoute(route, lat, lng, hint);
  const length = route.lengthMeters;
  return {
    fraction: length > 0 ? Math.min(1, place.alongMeters / length) : 1,
    alongMeters: place.alongMeters,
    distanceLeftMeters: Math.max(0, length - place.alongMeters),
    segment: place.segment,
  };
}

/** Time to cover what is left at this speed; null when the vehicle is not moving (or its speed is unknown). */
export function etaMs(distanceLeftMeters: number, speedMetersPerSecond: number | null): number | null {
  if (distanceLeftMeters <= 0) return 0;
  if (speedMetersPerSecond === null || !(speedMetersPerSecond > 0.5)) return null;
  return (distanceLeftMeters / speedMetersPerSecond) * 1000;
}
