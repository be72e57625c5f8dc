import type { FilterSpecification, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { CLUSTER_COUNT_PREFIX } from './vehicle-images';

export const ROUTES_LAYER = 'routes';
export const SELECTED_ROUTE_LAYER = 'routes-selected';
export const TRAILS_LAYER = 'trails';
export const DESTINATIONS_LAYER = 'destinations';
export const CLUSTERS_LAYER = 'vehicle-clusters';
export const CLUSTER_COUNTS_LAYER = 'vehicle-cluster-counts';
export const SELECTED_VEHICLE_LAYER = 'vehicle-selected';
/** One arrow per vehicle (not clustered), rotated to its heading. */
export const VEHICLES_LAYER = 'vehicles';
/** Below this zoom (a whole city in view) vehicles are plain dots: arrows cost more to draw and cannot be told apart anyway. */
export const ARROWS_FROM_ZOOM = 12.5;
export const VEHICLE_DOTS_LAYER = 'vehicle-dots';

/**
 * Clustering: with more vehicles than this on the map, vehicles close together on screen
 * are drawn as one circle with their count (up to CLUSTER_MAX_ZOOM, i.e. at fleet zoom
 * levels); fewer are always drawn one by one. Turned off again below CLUSTER_OFF_BELOW
 * (hysteresis, so a fleet around the cut does not flip every update).
 */
export const CLUSTER_ABOVE = 300;
export const CLUSTER_OFF_BELOW = 250;
/** The highest zoom with clusters: from 15 on (a few streets across) every vehicle is an arrow. */
export const CLUSTER_MAX_ZOOM = 14;
export const CLUSTER_RADIUS_PX = 40;

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const UNCLUSTERED: FilterSpecification = ['!', ['has', 'point_count']];

/** Adds the app's sources and layers on top of whatever basemap style is loaded. */
export function addAppLayers(map: MapLibreMap, clustered: boolean): void {
  for (const id of ['routes', 'trails', 'destinations']) {
    if (!map.getSource(id)) map.addSource(id, { type: 'geojson', data: EMPTY });
  }
  if (!map.getSource('vehicles')) {
    map.addSource('vehicles', {
      type: 'geojson',
      data: EMPTY,
      cluster: clustered,
      clusterMaxZoom: CLUSTER_MAX_ZOOM,
      clusterRadius: CLUSTER_RADIUS_PX,
    });
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
  addLayer(map, {
    id: CLUSTERS_LAYER,
    type: 'circle',
    source: 'vehicles',
    filter: ['has', 'point_count'],
    paint: {
      'circle-color': ['step', ['get', 'point_count'], '#4c6ef5', 50, '#f08c00', 500, '#e03131'],
      'circle-radius': ['step', ['get', 'point_count'], 13, 50, 17, 500, 21],
      'circle-opacity': 0.85,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2,
    },
  });
  addLayer(map, {
    id: CLUSTER_COUNTS_LAYER,
    type: 'symbol',
    source: 'vehicles',
    filter: ['has', 'point_count'],
    layout: {
      'icon-image': ['concat', CLUSTER_COUNT_PREFIX, ['get', 'point_count_abbreviated']],
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
    },
  });
  addLayer(map, {
    id: SELECTED_VEHICLE_LAYER,
    type: 'circle',
    source: 'vehicles',
    filter: ['==', ['get', 'deliveryId'], ''],
    paint: { 'circle-radius': 20, 'circle-color': '#1c7ed6', 'circle-opacity': 0.18, 'circle-stroke-color': '#1c7ed6', 'circle-stroke-width': 2 },
  });
  addLayer(map, {
    id: VEHICLE_DOTS_LAYER,
    type: 'circle',
    source: 'vehicles',
    filter: UNCLUSTERED,
    maxzoom: ARROWS_FROM_ZOOM,
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 2.5, 12.5, 5],
      'circle-color': ['get', 'color'],
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1,
    },
  });
  addLayer(map, {
    id: VEHICLES_LAYER,
    type: 'symbol',
    source: 'vehicles',
    filter: UNCLUSTERED,
    minzoom: ARROWS_FROM_ZOOM,
    layout: {
      'icon-image': ['get', 'icon'],
      'icon-rotate': ['get', 'heading'],
      'icon-rotation-alignment': 'map',
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
      'icon-size': ['interpolate', ['linear'], ['zoom'], 12.5, 0.75, 14, 0.9, 17, 1.1],
    },
  });
}

function addLayer(map: MapLibreMap, layer: Parameters<MapLibreMap['addLayer']>[0]): void {
  if (!map.getLayer(layer.id)) map.addLayer(layer);
}

export function setSourceData(map: MapLibreMap, sourceId: string, data: FeatureCollection): void {
  (map.getSource(sourceId) as GeoJSONSource | undefined)?.setData(data);
}

/** Highlights the selected delivery's route line and vehicle. */
export function showSelected(map: MapLibreMap, deliveryId: string | null): void {
  map.setFilter(SELECTED_ROUTE_LAYER, ['==', ['get', 'id'], deliveryId ?? '']);
  map.setFilter(SELECTED_VEHICLE_LAYER, ['all', ['!', ['has', 'point_count']], ['==', ['get', 'deliveryId'], deliveryId ?? '']]);
}

export function setClustered(map: MapLibreMap, clustered: boolean): void {
  void (map.getSource('vehicles') as GeoJSONSource | undefined)?.setClusterOptions({
    cluster: clustered,
    clusterMaxZoom: CLUSTER_MAX_ZOOM,
    clusterRadius: CLUSTER_RADIUS_PX,
  });
}

/** Whether to cluster `count` vehicles, given whether they are clustered now. */
export function shouldCluster(count: number, clustered: boolean): boolean {
  return clustered ? count >= CLUSTER_OFF_BELOW : count > CLUSTER_ABOVE;
}
