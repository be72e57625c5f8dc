import 'maplibre-gl/dist/maplibre-gl.css';
import { Popup, type Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { SceneMapProps } from '../../../lib/map/map-scene';
import { useMaplibre } from '../../../lib/map/use-maplibre';
import { useMapStyle } from '../../../lib/map/use-map-style';
import { destinationsToGeoJson, linesToGeoJson } from '../utils/map-data';
import { addAppLayers, setSourceData, showSelected } from './map-layers';
import { useCamera } from './use-camera';
import { useMapEvents } from './use-map-events';
import { useVehicleLayer, type VehicleLayer } from './use-vehicle-layer';
import { sceneVehicles, type VehicleFeed } from './vehicle-feed';
import styles from './LiveMap.module.css';

/** SceneMapProps plus what only this (MapLibre) renderer takes; all optional. */
export interface LiveMapProps extends SceneMapProps {
  /** Vehicles at frame rate, read outside React; when given, `scene.vehicles` is not drawn. */
  vehicleFeed?: VehicleFeed;
  /** The user moved the camera (drag, wheel, pinch, zoom buttons): the page stops auto-fitting or following. */
  onUserCameraMove?: () => void;
}

/**
 * The MapLibre renderer of a MapScene: every delivery's route line, trail and destination
 * in its colour (see scene.ts for when these are drawn), vehicles as arrows turned to their
 * heading on a canvas over the map (dots, then clusters, as the view fills), the selected one
 * highlighted with a popup.
 */
export function LiveMap(props: LiveMapProps) {
  const { scene, vehicleFeed, camera, popup, onSelect } = props;
  const { t } = useTranslation('fleet');
  const container = useRef<HTMLDivElement>(null);
  const style = useMapStyle();
  const handle = useMaplibre(container, style);
  const map = handle?.map;
  const generation = handle?.styleGeneration;

  useEffect(() => {
    if (map) addAppLayers(map);
  }, [map, generation]);

  useSceneLines(map, generation, props.scene);
  const feed = useSceneFeed(vehicleFeed, scene.vehicles);
  const popupRef = useRef<Popup | null>(null);
  const cameraCheck = useRef<() => void>(() => {});
  const layer = useVehicleLayer(
    map,
    feed,
    scene.selectedId,
    onSelect,
    (drawn) => placePopup(popupRef.current, drawn, scene.selectedId, map),
    () => cameraCheck.current(),
  );
  const check = useCamera(map, camera, scene.selectedId, layer, props.onUserCameraMove);
  useEffect(() => {
    cameraCheck.current = check;
  });
  useMapEvents(map, generation, props.onViewportChange);
  const [popupContainer] = useState(() => document.createElement('div'));
  useVehiclePopup(map, scene.selectedId, popup !== undefined, layer, popupRef, popupContainer, () => onSelect(null));

  return (
    <>
      <div ref={container} className={styles.map} data-testid="live-map" aria-label={t('map.label')} role="region" />
      {scene.selectedId && popup ? createPortal(popup as ReactNode, popupContainer) : null}
    </>
  );
}

function useSceneLines(map: MapLibreMap | undefined, generation: number | undefined, scene: SceneMapProps['scene']) {
  const routes = useMemo(() => linesToGeoJson(scene.routes), [scene.routes]);
  const trails = useMemo(() => linesToGeoJson(scene.trails), [scene.trails]);
  const destinations = useMemo(() => destinationsToGeoJson(scene.destinations), [scene.destinations]);
  // Each source is set only when its part of the scene changed (or a new style dropped it).
  useEffect(() => {
    if (map) setSourceData(map, 'routes', routes);
  }, [map, generation, routes]);
  useEffect(() => {
    if (map) setSourceData(map, 'trails', trails);
  }, [map, generation, trails]);
  useEffect(() => {
    if (map) setSourceData(map, 'destinations', destinations);
  }, [map, generation, destinations]);
  useEffect(() => {
    if (map) showSelected(map, scene.selectedId);
  }, [map, generation, scene.selectedId]);
}

/** The feed to draw: the page's, or one made of the scene's vehicles. */
function useSceneFeed(feed: VehicleFeed | undefined, vehicles: SceneMapProps['scene']['vehicles']): VehicleFeed {
  const fromScene = useMemo(() => {
    const byId = feed ? {} : sceneVehicles(vehicles);
    return { subscribe: () => () => {}, vehicles: () => byId };
  }, [feed, vehicles]);
  return feed ?? fromScene;
}

/** A MapLibre popup over the selected vehicle, showing `content` (where the page's popup is rendered). */
function useVehiclePopup(
  map: MapLibreMap | undefined,
  selectedId: string | null,
  wanted: boolean,
  layer: VehicleLayer,
  popupRef: { current: Popup | null },
  content: HTMLElement,
  onClose: () => void,
): void {
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });
  useEffect(() => {
    if (!map || !selectedId || !wanted) return;
    const popup = new Popup({ closeOnClick: false, offset: 16, maxWidth: '280px', className: styles.popup ?? '' });
    popup.setDOMContent(content);
    let removing = false;
    popup.on('close', () => {
      if (!removing) onCloseRef.current();
    });
    popupRef.current = popup;
    placePopup(popup, layer, selectedId, map);
    return () => {
      removing = true;
      popup.remove();
      if (popupRef.current === popup) popupRef.current = null;
    };
  }, [map, selectedId, wanted, popupRef, content, layer]);
}

/** Puts the popup where its vehicle is drawn now (adding it to the map the first time). */
function placePopup(popup: Popup | null, layer: VehicleLayer, selectedId: string | null, map: MapLibreMap | undefined) {
  if (!popup || !selectedId || !map) return;
  const at = layer.drawnPosition(selectedId) ?? positionOf(layer, selectedId);
  if (!at) return;
  popup.setLngLat([at[0], at[1]]);
  if (!popup.isOpen()) popup.addTo(map);
}

function positionOf(layer: VehicleLayer, id: string): [number, number] | null {
  const v = layer.current()[id];
  return v ? [v.lng, v.lat] : null;
}
