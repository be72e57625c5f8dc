import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';

export const ROUTES_LAYER = 'routes';
export const SELECTED_ROUTE_LAYER = 'routes-selected';
export const VEHICLES_LAYER = 'vehicles';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Adds the app's sources and layers on top of whatever basemap style is loaded. */
export function addAppLayers(map: MapLibreMap): void {
  if (!map.getSource('routes')) map.addSource('routes', { type: 'geojson', data: EMPTY });
  if (!map.getSource('vehicles')) map.addSource('vehicles', { type: 'geojson', data: EMPTY });
  if (!map.getLayer(ROUTES_LAYER)) {
    map.addLayer({
      id: ROUTES_LAYER,
      type: 'line',
      source: 'routes',
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': '#5b6b8c', 'line-width': 3, 'line-opacity': 0.7 },
    });
  }
  if (!map.getLayer(SELECTED_ROUTE_LAYER)) {
    map.addLayer({
      id: SELECTED_ROUTE_LAYER,
      type: 'line',
      source: 'routes',
      filter: ['==', ['get', 'id'], ''],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': '#e8590c', 'line-width': 6 },
    });
  }
  if (!map.getLayer(VEHICLES_LAYER)) {
    map.addLayer({
      id: VEHICLES_LAYER,
      type: 'circle',
      source: 'vehicles',
      paint: {
        'circle-radius': 7,
        'circle-color': ['case', ['get', 'finished'], '#2b8a3e', '#1c7ed6'],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    });
  }
}

export function setSourceData(map: MapLibreMap, sourceId: string, data: FeatureCollection): void {
  (map.getSource(sourceId) as GeoJSONSource | undefined)?.setData(data);
}

export function highlightRoute(map: MapLibreMap, routeId: string | null): void {
  map.setFilter(SELECTED_ROUTE_LAYER, ['==', ['get', 'id'], routeId ?? '']);
}
