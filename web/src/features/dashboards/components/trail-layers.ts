import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';

export const TRAILS_SOURCE = 'trails';
export const TRAILS_LAYER = 'trails';
export const TRAILS_FOCUS_LAYER = 'trails-focus';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** The trails source and its layers: every trail in its own colour, the focused one wider on top. */
export function addTrailLayers(map: MapLibreMap): void {
  if (!map.getSource(TRAILS_SOURCE)) map.addSource(TRAILS_SOURCE, { type: 'geojson', data: EMPTY });
  if (!map.getLayer(TRAILS_LAYER)) {
    map.addLayer({
      id: TRAILS_LAYER,
      type: 'line',
      source: TRAILS_SOURCE,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': ['get', 'color'], 'line-width': 4, 'line-opacity': 0.85 },
    });
  }
  if (!map.getLayer(TRAILS_FOCUS_LAYER)) {
    map.addLayer({
      id: TRAILS_FOCUS_LAYER,
      type: 'line',
      source: TRAILS_SOURCE,
      filter: ['==', ['get', 'deliveryId'], ''],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': ['get', 'color'], 'line-width': 8 },
    });
  }
}

/** Puts the trails into the source; false when the source is not there (style not loaded yet). */
export function setTrails(map: MapLibreMap, data: FeatureCollection): boolean {
  const source = map.getSource(TRAILS_SOURCE) as GeoJSONSource | undefined;
  if (!source) return false;
  source.setData(data);
  return true;
}

export function focusTrail(map: MapLibreMap, deliveryId: string | null): void {
  map.setFilter(TRAILS_FOCUS_LAYER, ['==', ['get', 'deliveryId'], deliveryId ?? '']);
}
