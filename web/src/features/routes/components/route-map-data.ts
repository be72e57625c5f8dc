import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { RouteDraft, ManagedRoute } from '../api/route-types';

/** The source and layers the routes page's map draws: the line, and its start and end as dots. */
export const ROUTE_SOURCE = 'route';
export const ROUTE_LAYERS = { line: 'route-line', ends: 'route-ends' } as const;

const START_COLOR = '#2b8a3e';
const END_COLOR = '#c92a2a';
const LINE_COLOR = '#1c7ed6';

export type MappedRoute = Pick<ManagedRoute | RouteDraft, 'geometry' | 'start' | 'end'>;

/** The route as GeoJSON: its line, then its start and end points (`[lng, lat]`). */
export function routeFeatures(route: MappedRoute | null): FeatureCollection {
  if (!route) return { type: 'FeatureCollection', features: [] };
  const point = (end: 'start' | 'end', { lat, lng }: { lat: number; lng: number }) => ({
    type: 'Feature' as const,
    geometry: { type: 'Point' as const, coordinates: [lng, lat] },
    properties: { end, color: end === 'start' ? START_COLOR : END_COLOR },
  });
  return {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', geometry: { type: 'LineString', coordinates: route.geometry.coordinates }, properties: {} },
      point('start', route.start),
      point('end', route.end),
    ],
  };
}

export function addRouteLayers(map: MapLibreMap): void {
  if (!map.getSource(ROUTE_SOURCE)) map.addSource(ROUTE_SOURCE, { type: 'geojson', data: routeFeatures(null) });
  if (!map.getLayer(ROUTE_LAYERS.line)) {
    map.addLayer({
      id: ROUTE_LAYERS.line,
      type: 'line',
      source: ROUTE_SOURCE,
      filter: ['==', ['geometry-type'], 'LineString'],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': LINE_COLOR, 'line-width': 5, 'line-opacity': 0.85 },
    });
  }
  if (!map.getLayer(ROUTE_LAYERS.ends)) {
    map.addLayer({
      id: ROUTE_LAYERS.ends,
      type: 'circle',
      source: ROUTE_SOURCE,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: { 'circle-radius': 7, 'circle-color': ['get', 'color'], 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 },
    });
  }
}

export function setRoute(map: MapLibreMap, route: MappedRoute | null): void {
  (map.getSource(ROUTE_SOURCE) as GeoJSONSource | undefined)?.setData(routeFeatures(route));
}
