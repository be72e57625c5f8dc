/// <reference types="google.maps" />
import { useEffect, useRef, useState } from 'react';
import type { SceneLine, SceneMapProps } from '../map-scene';
import type { GoogleMapsApi } from '../provider/google-maps-loader';
import { createDestinationElement, createVehicleElement, updateVehicleElement } from '../provider/marker-elements';
import { boundsKey, sceneBounds, selectedVehicle } from '../provider/scene-bounds';

declare global {
  interface Window {
    /** Test/debug hook: the Google map, when Google Maps draws the page's map. */
    codeDeliveryGoogleMap?: google.maps.Map;
  }
}

export interface GoogleSceneMapProps extends SceneMapProps {
  api: GoogleMapsApi;
}

const MANHATTAN = { lat: 40.754, lng: -73.985 };
/** The least zoom at which a followed vehicle is shown. */
const FOLLOW_ZOOM = 15;
type LineStyle = { strokeWeight: number; strokeOpacity: number; zIndex: number };
const ROUTE_STYLE: LineStyle = { strokeWeight: 6, strokeOpacity: 0.45, zIndex: 1 };
const TRAIL_STYLE: LineStyle = { strokeWeight: 4, strokeOpacity: 0.95, zIndex: 2 };

/**
 * A {@link MapScene} drawn with the Maps JavaScript API: route and trail lines as polylines,
 * vehicles and destinations as Advanced Markers (a rotated arrow in the delivery's colour).
 */
export function GoogleSceneMap({ api, scene, onSelect, onViewportChange, camera }: GoogleSceneMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<google.maps.Map | null>(null);
  const onSelectRef = useRef(onSelect);
  const onViewportRef = useRef(onViewportChange);
  useEffect(() => {
    onSelectRef.current = onSelect;
    onViewportRef.current = onViewportChange;
  });

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const created = new api.maps.Map(element, {
      center: MANHATTAN,
      zoom: 12,
      mapId: api.mapId,
      clickableIcons: false,
      streetViewControl: false,
      mapTypeControl: false,
      fullscreenControl: false,
    });
    window.codeDeliveryGoogleMap = created;
    const listeners = [
      created.addListener('click', () => onSelectRef.current(null)),
      created.addListener('idle', () => {
        const bounds = created.getBounds();
        const zoom = created.getZoom();
        if (!bounds || zoom === undefined) return;
        const sw = bounds.getSouthWest();
        const ne = bounds.getNorthEast();
        onViewportRef.current?.({ bbox: [sw.lng(), sw.lat(), ne.lng(), ne.lat()], zoom });
      }),
    ];
    setMap(created);
    return () => {
      for (const listener of listeners) listener.remove();
      if (window.codeDeliveryGoogleMap === created) delete window.codeDeliveryGoogleMap;
      setMap(null);
    };
  }, [api]);

  usePolylines(map, api, scene.routes, ROUTE_STYLE);
  usePolylines(map, api, scene.trails, TRAIL_STYLE);
  useDestinations(map, api, scene.destinations);
  useVehicles(map, api, scene.vehicles, scene.selectedId, onSelectRef);
  useCamera(map, api, scene, camera);

  return <div ref={container} style={{ width: '100%', height: '100%' }} data-map-renderer="google" role="region" aria-label="Map" />;
}

function usePolylines(
  map: google.maps.Map | null,
  api: GoogleMapsApi,
  lines: readonly SceneLine[],
  style: LineStyle,
) {
  const drawn = useRef(new Map<string, google.maps.Polyline>());
  useEffect(() => {
    if (!map) return;
    const polylines = drawn.current;
    const keep = new Set<string>();
    for (const line of lines) {
      keep.add(line.id);
      const path = line.coordinates.map(([lng, lat]) => ({ lat, lng }));
      const existing = polylines.get(line.id);
      if (existing) {
        existing.setOptions({ strokeColor: line.color });
        existing.setPath(path);
      } else {
        polylines.set(line.id, new api.maps.Polyline({ map, path, strokeColor: line.color, clickable: false, ...style }));
      }
    }
    for (const [id, polyline] of polylines) {
      if (keep.has(id)) continue;
      polyline.setMap(null);
      polylines.delete(id);
    }
  }, [map, api, lines, style]);
  useEffect(() => {
    const polylines = drawn.current;
    return () => {
      for (const polyline of polylines.values()) polyline.setMap(null);
      polylines.clear();
    };
  }, [map]);
}

function useDestinations(map: google.maps.Map | null, api: GoogleMapsApi, destinations: SceneMapProps['scene']['destinations']) {
  useEffect(() => {
    if (!map) return;
    const markers = destinations.map(
      (destination) =>
        new api.marker.AdvancedMarkerElement({
          map,
          position: { lat: destination.lat, lng: destination.lng },
          title: destination.title,
          content: createDestinationElement(destination),
          zIndex: 1,
        }),
    );
    return () => {
      for (const marker of markers) marker.map = null;
    };
  }, [map, api, destinations]);
}

function useVehicles(
  map: google.maps.Map | null,
  api: GoogleMapsApi,
  vehicles: SceneMapProps['scene']['vehicles'],
  selectedId: string | null,
  onSelectRef: { current: (deliveryId: string | null) => void },
) {
  const drawn = useRef(new Map<string, { marker: google.maps.marker.AdvancedMarkerElement; element: HTMLElement }>());
  useEffect(() => {
    if (!map) return;
    const markers = drawn.current;
    const keep = new Set<string>();
    for (const vehicle of vehicles) {
      keep.add(vehicle.deliveryId);
      let entry = markers.get(vehicle.deliveryId);
      if (!entry) {
        const element = createVehicleElement(vehicle);
        const marker = new api.marker.AdvancedMarkerElement({ map, content: element, gmpClickable: true, zIndex: 10 });
        const id = vehicle.deliveryId;
        marker.addEventListener('gmp-click', () => onSelectRef.current(id));
        entry = { marker, element };
        markers.set(id, entry);
      }
      entry.marker.position = { lat: vehicle.lat, lng: vehicle.lng };
      entry.marker.title = vehicle.deliveryId;
      entry.marker.zIndex = vehicle.deliveryId === selectedId ? 20 : 10;
      // Centre the disc on the position (Advanced Markers anchor at the bottom centre by default).
      entry.element.style.transform = 'translateY(50%)';
      updateVehicleElement(entry.element, vehicle, vehicle.deliveryId === selectedId);
    }
    for (const [id, entry] of markers) {
      if (keep.has(id)) continue;
      entry.marker.map = null;
      markers.delete(id);
    }
  }, [map, api, vehicles, selectedId, onSelectRef]);
  useEffect(() => {
    const markers = drawn.current;
    return () => {
      for (const entry of markers.values()) entry.marker.map = null;
      markers.clear();
    };
  }, [map]);
}

/** `all`: keep everything in view until the user drags the map; `selected`: follow the selected vehicle. */
function useCamera(map: google.maps.Map | null, api: GoogleMapsApi, scene: SceneMapProps['scene'], camera: SceneMapProps['camera']) {
  const [userMoved, setUserMoved] = useState(false);
  const [movedFor, setMovedFor] = useState(camera);
  if (movedFor !== camera) {
    setMovedFor(camera);
    setUserMoved(false);
  }
  useEffect(() => {
    if (!map) return;
    const listener = map.addListener('dragstart', () => setUserMoved(true));
    return () => listener.remove();
  }, [map]);

  const bounds = sceneBounds(scene);
  const key = camera === 'all' && !userMoved ? boundsKey(bounds) : '';
  useEffect(() => {
    if (!map || key === '') return;
    const [west, south, east, north] = key.split(',').map(Number) as [number, number, number, number];
    map.fitBounds(new api.core.LatLngBounds({ lat: south, lng: west }, { lat: north, lng: east }), 60);
  }, [map, api, key]);

  const followed = camera === 'selected' ? selectedVehicle(scene) : undefined;
  const lat = followed?.lat;
  const lng = followed?.lng;
  const zoomedIn = useRef(false);
  useEffect(() => {
    if (!map || lat === undefined || lng === undefined) return;
    map.panTo({ lat, lng });
    // The first time it follows, close enough to see the streets; then the user's zoom is kept.
    if (!zoomedIn.current && (map.getZoom() ?? 0) < FOLLOW_ZOOM) map.setZoom(FOLLOW_ZOOM);
    zoomedIn.current = true;
  }, [map, lat, lng]);
}
