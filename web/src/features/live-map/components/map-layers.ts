import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';

export const ROUTES_LAYER = 'routes';
export const SELECTED_ROUTE_LAYER = 'routes-selected';
export const TRAILS_LAYER = 'trails';
export const DESTINATIONS_LAYER = 'destinations';
const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Adds the app's sources and layers on top of whatever basemap style is loaded. */
export function addAppLayers(map: MapLibreMap): void {
  for (const id of ['routes', 'trails', 'destinations']) {
    if (!map.getSource(id)) map.addSource(id, { type: 'geojson', data: EMPTY });
  }
  addLayer(map, {
    id: ROUTES_LAYER,
    type: 'line',
    source: 'routes',
    paint: { 'line-color': ['get', 'color'], 'line-width': 3, 'line-opacity': 0.35 },
  });
  addLayer(map, {
    id: SELECTED_ROUTE_LAYER,
    type: 'line',
    source: 'routes',
    filter: ['==', ['get', 'id'], ''],
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': ['get', 'color'], 'line-width': 6, 'line-opacity': 0.6 },
  });
  addLayer(map, {
    id: TRAILS_LAYER,
    type: 'line',
    source: 'trails',
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': ['get', 'color'], 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 2, 16, 4], 'line-opacity': 0.9 },
  });
  addLayer(map, {
    id: DESTINATIONS_LAYER,
    type: 'circle',
    source: 'destinations',
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 3, 16, 7],
      'circle-color': '#ffffff',
      'circle-stroke-color': ['get', 'color'],
      'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 10, 2, 16, 4],
    },
  });
}

function addLayer(map: MapLibreMap, layer: Parameters<MapLibreMap['addLayer']>[0]): void {
  if (!map.getLayer(layer.id)) map.addLayer(layer);
}

export function setSourceData(map: MapLibreMap, sourceId: string, data: FeatureCollection): void {
  (map.getSource(sourceId) as GeoJSONSource | undefined)?.setData(data);
}

/** Highlights the selected delivery's route line (its vehicle is the vehicle overlay's). */
export function showSelected(map: MapLibreMap, deliveryId: string | null): void {
  map.setFilter(SELECTED_ROUTE_LAYER, ['==', ['get', 'id'], deliveryId ?? '']);
}
