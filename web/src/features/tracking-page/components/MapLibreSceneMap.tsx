import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection, LineString } from 'geojson';
import { Marker, type GeoJSONSource, type Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapScene, SceneLine, SceneMapProps } from '../../../lib/map/map-scene';
import { createDestinationElement, createVehicleElement, updateVehicleElement } from '../../../lib/map/provider/marker-elements';
import { boundsKey, sceneBounds, selectedVehicle } from '../../../lib/map/provider/scene-bounds';
import { useMaplibre } from '../../../lib/map/use-maplibre';
import { useMapStyle } from '../../../lib/map/use-map-style';

/** Line layers (and their sources) this renderer adds; vehicles and destinations are DOM markers. */
/** The least zoom at which a followed vehicle is shown. */
const FOLLOW_ZOOM = 15;

export const SCENE_LAYERS = { routes: 'scene-routes', trails: 'scene-trails' } as const;

/**
 * A {@link MapScene} drawn with MapLibre (exposed as `window.codeDeliveryMap`): route and trail
 * lines as layers, vehicles as rotated arrows and destinations as pins (markers carrying
 * `data-vehicle` / `data-destination`). Small on purpose: the fleet page's renderer will take over.
 */
export function MapLibreSceneMap({ scene, onSelect, onViewportChange, camera }: SceneMapProps) {
  const { t } = useTranslation('tracking');
  const container = useRef<HTMLDivElement>(null);
  const style = useMapStyle();
  const handle = useMaplibre(container, style);
  const map = handle?.map;
  const generation = handle?.styleGeneration;
  const onSelectRef = useRef(onSelect);
  const onViewportRef = useRef(onViewportChange);
  useEffect(() => {
    onSelectRef.current = onSelect;
    onViewportRef.current = onViewportChange;
  });

  useEffect(() => {
    if (!map) return;
    const clicked = (event: { originalEvent: MouseEvent }) => {
      if (!(event.originalEvent.target as Element | null)?.closest?.('[data-vehicle]')) onSelectRef.current(null);
    };
    const moved = () => {
      const b = map.getBounds();
      onViewportRef.current?.({ bbox: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], zoom: map.getZoom() });
    };
    map.on('click', clicked);
    map.on('moveend', moved);
    return () => {
      map.off('click', clicked);
      map.off('moveend', moved);
    };
  }, [map]);

  useEffect(() => {
    if (map) addLineLayers(map);
  }, [map, generation]);
  useEffect(() => {
    if (map) setLines(map, SCENE_LAYERS.routes, scene.routes);
  }, [map, generation, scene.routes]);
  useEffect(() => {
    if (map) setLines(map, SCENE_LAYERS.trails, scene.trails);
  }, [map, generation, scene.trails]);

  useDestinationMarkers(map, scene.destinations);
  useVehicleMarkers(map, scene.vehicles, scene.selectedId, onSelectRef);
  useCamera(map, scene, camera);

  return <div ref={container} style={{ width: '100%', height: '100%' }} data-map-renderer="maplibre" role="region" aria-label={t('map.label')} />;
}

function addLineLayers(map: MapLibreMap) {
  const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
  for (const [id, width, opacity] of [[SCENE_LAYERS.routes, 6, 0.45], [SCENE_LAYERS.trails, 4, 0.95]] as const) {
    if (!map.getSource(id)) map.addSource(id, { type: 'geojson', data: empty });
    if (!map.getLayer(id)) {
      map.addLayer({
        id,
        type: 'line',
        source: id,
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: { 'line-color': ['get', 'color'], 'line-width': width, 'line-opacity': opacity },
      });
    }
  }
}

function setLines(map: MapLibreMap, sourceId: string, lines: readonly SceneLine[]) {
  const data: FeatureCollection<LineString, { id: string; color: string }> = {
    type: 'FeatureCollection',
    features: lines.map((line) => ({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: line.coordinates.map(([lng, lat]) => [lng, lat]) },
      properties: { id: line.id, color: line.color },
    })),
  };
  (map.getSource(sourceId) as GeoJSONSource | undefined)?.setData(data);
}

function useDestinationMarkers(map: MapLibreMap | undefined, destinations: MapScene['destinations']) {
  useEffect(() => {
    if (!map) return;
    const markers = destinations.map((d) =>
      new Marker({ element: createDestinationElement(d), anchor: 'bottom' }).setLngLat([d.lng, d.lat]).addTo(map),
    );
    return () => {
      for (const marker of markers) marker.remove();
    };
  }, [map, destinations]);
}

function useVehicleMarkers(
  map: MapLibreMap | undefined,
  vehicles: MapScene['vehicles'],
  selectedId: string | null,
  onSelectRef: { current: (deliveryId: string | null) => void },
) {
  const drawn = useRef(new Map<string, { marker: Marker; element: HTMLElement }>());
  useEffect(() => {
    if (!map) return;
    const markers = drawn.current;
    const keep = new Set<string>();
    for (const vehicle of vehicles) {
      keep.add(vehicle.deliveryId);
      let entry = markers.get(vehicle.deliveryId);
      if (!entry) {
        const element = createVehicleElement(vehicle);
        const id = vehicle.deliveryId;
        element.addEventListener('click', (event) => {
          event.stopPropagation();
          onSelectRef.current(id);
        });
        entry = { marker: new Marker({ element }).setLngLat([vehicle.lng, vehicle.lat]).addTo(map), element };
        markers.set(id, entry);
      }
      entry.marker.setLngLat([vehicle.lng, vehicle.lat]);
      updateVehicleElement(entry.element, vehicle, vehicle.deliveryId === selectedId);
    }
    for (const [id, entry] of markers) {
      if (keep.has(id)) continue;
      entry.marker.remove();
      markers.delete(id);
    }
  }, [map, vehicles, selectedId, onSelectRef]);
  useEffect(() => {
    const markers = drawn.current;
    return () => {
      for (const entry of markers.values()) entry.marker.remove();
      markers.clear();
    };
  }, [map]);
}

/** `all`: keep everything in view until the user moves the map; `selected`: follow the selected vehicle. */
function useCamera(map: MapLibreMap | undefined, scene: MapScene, camera: SceneMapProps['camera']) {
  const [userMoved, setUserMoved] = useState(false);
  const [movedFor, setMovedFor] = useState(camera);
  if (movedFor !== camera) {
    setMovedFor(camera);
    setUserMoved(false);
  }
  useEffect(() => {
    if (!map) return;
    const byUser = (event: { originalEvent?: unknown }) => {
      if (event.originalEvent) setUserMoved(true);
    };
    map.on('dragstart', byUser);
    map.on('zoomstart', byUser);
    return () => {
      map.off('dragstart', byUser);
      map.off('zoomstart', byUser);
    };
  }, [map]);

  const key = camera === 'all' && !userMoved ? boundsKey(sceneBounds(scene)) : '';
  useEffect(() => {
    if (!map || key === '') return;
    const [west, south, east, north] = key.split(',').map(Number) as [number, number, number, number];
    map.fitBounds([[west, south], [east, north]], { padding: 60, maxZoom: 16, duration: 600 });
  }, [map, key]);

  const followed = camera === 'selected' ? selectedVehicle(scene) : undefined;
  const lat = followed?.lat;
  const lng = followed?.lng;
  const zoomedIn = useRef(false);
  useEffect(() => {
    if (!map || lat === undefined || lng === undefined) return;
    // The first time it follows, close enough to see the streets (at once: the next position
    // would cut an animation short); then only the centre moves and the user's zoom is kept.
    if (zoomedIn.current) map.easeTo({ center: [lng, lat], duration: 400 });
    else map.jumpTo({ center: [lng, lat], zoom: Math.max(map.getZoom(), FOLLOW_ZOOM) });
    zoomedIn.current = true;
  }, [map, lat, lng]);
}
