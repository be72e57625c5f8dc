import type { ReactNode } from 'react';

/**
 * What a map shows, independent of the map library that draws it: the live map page builds a
 * scene from the tracking state, and each provider (MapLibre, Google Maps) renders it.
 * Coordinates of lines are [lng, lat] (GeoJSON order); points carry lat and lng by name.
 */
export interface SceneVehicle {
  deliveryId: string;
  routeId: string;
  seq: number;
  lat: number;
  lng: number;
  /** Degrees clockwise from north; null until the vehicle has moved. */
  headingDeg: number | null;
  /** CSS colour of its delivery. */
  color: string;
  /** Delivered: resting at its destination for a while before it leaves the map. */
  finished: boolean;
}

export interface SceneLine {
  /** The delivery (for trails and route lines of a delivery) or the route it draws. */
  id: string;
  color: string;
  coordinates: readonly (readonly [number, number])[];
}

export interface SceneDestination {
  id: string;
  color: string;
  lat: number;
  lng: number;
  title: string;
}

export interface MapScene {
  vehicles: readonly SceneVehicle[];
  /** The planned route of each delivery shown. */
  routes: readonly SceneLine[];
  /** The line each delivery has driven so far. */
  trails: readonly SceneLine[];
  destinations: readonly SceneDestination[];
  /** The delivery the user selected (its popup is open and the map follows it), if any. */
  selectedId: string | null;
}

/** The visible area: degrees `[west, south, east, north]` and the zoom level. */
export interface MapViewport {
  bbox: readonly [number, number, number, number];
  zoom: number;
}

/** What every provider's map component takes. */
export interface SceneMapProps {
  scene: MapScene;
  /** A vehicle was clicked (its delivery id), or the map away from any vehicle (null). */
  onSelect: (deliveryId: string | null) => void;
  /** Called after the user or the app moved the map (debounced by the caller if needed). */
  onViewportChange?: (viewport: MapViewport) => void;
  /**
   * `all`: keep every vehicle and route in view until the user pans or zooms; `selected`:
   * follow the selected vehicle; `none`: leave the camera to the user.
   */
  camera: 'all' | 'selected' | 'none';
  /** The popup's content for the selected vehicle (route, progress, ETA, speed), rendered by the page. */
  popup?: ReactNode;
}

export const EMPTY_SCENE: MapScene = Object.freeze({
  vehicles: [],
  routes: [],
  trails: [],
  destinations: [],
  selectedId: null,
}) as MapScene;
