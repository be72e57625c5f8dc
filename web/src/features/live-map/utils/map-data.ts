import type { Feature, FeatureCollection, LineString as GeoLineString, Point } from 'geojson';
import type { Route } from '../../../types/api';
import type { TrackedVehicle } from '../stores/tracking-state';

export type RouteProperties = { id: string; title: string };
export type VehicleProperties = { deliveryId: string; routeId: string; seq: number; finished: boolean };

export function routesToGeoJson(routes: readonly Route[]): FeatureCollection<GeoLineString, RouteProperties> {
  return {
    type: 'FeatureCollection',
    features: routes.map((route) => ({
      type: 'Feature',
      id: route.id,
      geometry: { type: 'LineString', coordinates: route.geometry.coordinates },
      properties: { id: route.id, title: route.title },
    })),
  };
}

/** Every vehicle as a point, at `drawnAt(vehicle)` ([lng, lat]; default: its reported position). */
export function vehiclesToGeoJson(
  vehicles: Readonly<Record<string, TrackedVehicle>>,
  drawnAt: (vehicle: TrackedVehicle) => readonly [number, number] = (v) => [v.lng, v.lat],
): FeatureCollection<Point, VehicleProperties> {
  const features: Feature<Point, VehicleProperties>[] = [];
  for (const v of Object.values(vehicles)) {
    const [lng, lat] = drawnAt(v);
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lng, lat] },
      properties: { deliveryId: v.deliveryId, routeId: v.routeId, seq: v.seq, finished: v.finished },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** [[west, south], [east, north]] of a route's line, or null for an empty line. */
export function routeBounds(route: Route): [[number, number], [number, number]] | null {
  const coordinates = route.geometry.coordinates;
  if (coordinates.length === 0) return null;
  let [west, south] = coordinates[0]!;
  let [east, north] = coordinates[0]!;
  for (const [lng, lat] of coordinates) {
    west = Math.min(west, lng);
    east = Math.max(east, lng);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return [[west, south], [east, north]];
}
