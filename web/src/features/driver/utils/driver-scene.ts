import { measureLine, type MeasuredRoute } from '../../../lib/geo/route-geometry';
import { routeProgress } from '../../../lib/geo/route-progress';
import type { MapScene } from '../../../lib/map/map-scene';

const ROUTE_COLOR = '#5b6b8c';
/** The phone's colour; green once delivered. */
const PHONE_COLOR = '#1c7ed6';

/** The route's line measured once (`[lng, lat]` points). */
export function measurePath(path: readonly (readonly [number, number])[]): MeasuredRoute {
  return measureLine(path);
}

/** Metres left along the route from where the phone is (its place on the route); null without a position. */
export function distanceLeftMeters(route: MeasuredRoute, position: { lat: number; lng: number } | null): number | null {
  if (!position || route.coordinates.length < 2) return null;
  return routeProgress(route, position.lat, position.lng).distanceLeftMeters;
}

/** What the driver's map shows: the route, its end, and the phone where it is. */
export function driverScene(
  deliveryId: string,
  path: readonly (readonly [number, number])[],
  position: { lat: number; lng: number } | null,
  delivered: boolean,
): MapScene {
  const end = path[path.length - 1];
  return {
    vehicles: position
      ? [{ deliveryId, routeId: '', seq: 0, lat: position.lat, lng: position.lng, headingDeg: null, color: PHONE_COLOR, finished: delivered }]
      : [],
    routes: path.length > 1 ? [{ id: deliveryId, color: ROUTE_COLOR, coordinates: path }] : [],
    trails: [],
    destinations: end ? [{ id: deliveryId, color: PHONE_COLOR, lat: end[1], lng: end[0], title: '' }] : [],
    selectedId: deliveryId,
  };
}
