import type { FeatureCollection, LineString as GeoLineString, Point } from 'geojson';
import type { SceneDestination, SceneLine } from '../../../lib/map/map-scene';

/** What the map needs of a vehicle to draw it (a TrackedVehicle or a SceneVehicle with `emittedAt`). */
export interface DrawnVehicle {
  deliveryId: string;
  routeId: string;
  seq: number;
  lat: number;
  lng: number;
  /** Epoch ms of the position (paces the glide); NaN when unknown. */
  emittedAt: number;
  headingDeg: number | null;
  finished: boolean;
}

export type LineProperties = { id: string; color: string };
export type DestinationProperties = { id: string; color: string; title: string };

export function linesToGeoJson(lines: readonly SceneLine[]): FeatureCollection<GeoLineString, LineProperties> {
  return {
    type: 'FeatureCollection',
    features: lines
      .filter((line) => line.coordinates.length >= 2)
      .map((line) => ({
        type: 'Feature',
        geometry: { type: 'LineString', coordinates: line.coordinates as [number, number][] },
        properties: { id: line.id, color: line.color },
      })),
  };
}

export function destinationsToGeoJson(
  destinations: readonly SceneDestination[],
): FeatureCollection<Point, DestinationProperties> {
  return {
    type: 'FeatureCollection',
    features: destinations.map((d) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [d.lng, d.lat] },
      properties: { id: d.id, color: d.color, title: d.title },
    })),
  };
}

export type Bounds = [[number, number], [number, number]];

/** [[west, south], [east, north]] around every point, or null when there are none. */
export function boundsOf(points: Iterable<{ lat: number; lng: number }>): Bounds | null {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const { lat, lng } of points) {
    if (lng < west) west = lng;
    if (lng > east) east = lng;
    if (lat < south) south = lat;
    if (lat > north) north = lat;
  }
  return west === Infinity ? null : [[west, south], [east, north]];
}

/** Whether `inner` lies within `outer`. */
export function boundsContain(outer: Bounds, inner: Bounds): boolean {
  return inner[0][0] >= outer[0][0] && inner[0][1] >= outer[0][1] && inner[1][0] <= outer[1][0] && inner[1][1] <= outer[1][1];
}
