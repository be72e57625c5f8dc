import type { Feature, FeatureCollection, LineString } from 'geojson';
import type { Trail } from '../api/types';

export interface TrailProperties {
  deliveryId: string;
  routeId: string;
  routeTitle: string;
  status: string;
  color: string;
}

/** A colour per delivery that stays the same across refreshes (a hue from its id). */
export function trailColor(deliveryId: string): string {
  let hash = 2166136261;
  for (let i = 0; i < deliveryId.length; i += 1) {
    hash ^= deliveryId.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  const hue = (hash >>> 0) % 360;
  return `hsl(${hue}, 72%, 42%)`;
}

/** Coordinates a map can draw: finite, on the globe, kept in `[lng, lat]` order. */
function drawable(points: readonly unknown[]): [number, number][] {
  return points.filter(
    (p): p is [number, number] =>
      Array.isArray(p) &&
      typeof p[0] === 'number' && typeof p[1] === 'number' &&
      Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90,
  ).map(([lng, lat]) => [lng, lat]);
}

/** One line per trail with at least two drawable points; each feature carries its colour. */
export function trailsToGeoJson(trails: readonly Trail[]): FeatureCollection<LineString, TrailProperties> {
  const features: Feature<LineString, TrailProperties>[] = [];
  for (const trail of trails) {
    const coordinates = drawable(trail.points ?? []);
    if (coordinates.length < 2) continue;
    features.push({
      type: 'Feature',
      id: trail.deliveryId,
      geometry: { type: 'LineString', coordinates },
      properties: {
        deliveryId: trail.deliveryId,
        routeId: trail.routeId,
        routeTitle: trail.routeTitle || trail.routeId,
        status: trail.status,
        color: trailColor(trail.deliveryId),
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** `[[west, south], [east, north]]` around every line, or null when there is none. */
export function trailsBounds(
  collection: FeatureCollection<LineString>,
): [[number, number], [number, number]] | null {
  let west = Infinity, south = Infinity, east = -Infinity, north = -Infinity;
  for (const feature of collection.features) {
    for (const [lng, lat] of feature.geometry.coordinates as [number, number][]) {
      west = Math.min(west, lng); east = Math.max(east, lng);
      south = Math.min(south, lat); north = Math.max(north, lat);
    }
  }
  return Number.isFinite(west) ? [[west, south], [east, north]] : null;
}
