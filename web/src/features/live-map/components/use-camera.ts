import type { Map as MapLibreMap, MapLibreEvent } from 'maplibre-gl';
import { useCallback, useEffect, useRef } from 'react';
import type { SceneMapProps } from '../../../lib/map/map-scene';
import { boundsContain, boundsOf, type Bounds } from '../utils/map-data';
import type { VehicleLayer } from './use-vehicle-layer';

export const FIT_PADDING_PX = 60;
/** Fitting never zooms in closer than this (a single vehicle would fill the screen). */
export const FIT_MAX_ZOOM = 15;
/** Following a vehicle zooms in to at least this. */
export const FOLLOW_ZOOM = 15;
/** While auto-fitting, the fit is checked at most this often (the fleet moves all the time). */
export const REFIT_EVERY_MS = 1500;

/**
 * The camera modes of SceneMapProps: `all` fits every vehicle (refitting when one leaves the
 * view or the fleet fills much less of it), `selected` follows the selected vehicle, `none`
 * leaves the camera alone. A drag, wheel, pinch or zoom button press calls `onUserMove`.
 * Returns the check to run after the vehicles changed.
 */
export function useCamera(
  map: MapLibreMap | undefined,
  camera: SceneMapProps['camera'],
  selectedId: string | null,
  layer: VehicleLayer,
  onUserMove: (() => void) | undefined,
): () => void {
  const onUserMoveRef = useRef(onUserMove);
  const layerRef = useRef(layer);
  const memory = useRef({ lastFitMs: 0, followed: null as string | null, center: '' });
  useEffect(() => {
    onUserMoveRef.current = onUserMove;
    layerRef.current = layer;
  });

  useEffect(() => {
    if (!map) return;
    const moved = (event: MapLibreEvent<unknown> & { originalEvent?: unknown }) => {
      if (event.originalEvent) onUserMoveRef.current?.();
    };
    const wheel = () => onUserMoveRef.current?.();
    const events = ['movestart', 'dragstart', 'zoomstart', 'rotatestart', 'pitchstart'] as const;
    for (const type of events) map.on(type, moved);
    // A wheel over the map is a zoom by the user even when it lands during a camera animation.
    const container = map.getCanvasContainer();
    container.addEventListener('wheel', wheel, { passive: true });
    return () => {
      for (const type of events) map.off(type, moved);
      container.removeEventListener('wheel', wheel);
    };
  }, [map]);

  const check = useCallback(
    (force: boolean) => {
      if (!map) return;
      const vehicles = layerRef.current.current();
      const state = memory.current;
      if (camera === 'all') {
        const now = performance.now();
        if (!force && now - state.lastFitMs < REFIT_EVERY_MS) return;
        const bounds = boundsOf(Object.values(vehicles));
        if (!bounds || (!force && fitsWell(map, bounds))) return;
        state.lastFitMs = now;
        map.fitBounds(bounds, { padding: FIT_PADDING_PX, maxZoom: FIT_MAX_ZOOM, duration: force ? 600 : 1000 });
      } else if (camera === 'selected' && selectedId) {
        const vehicle = vehicles[selectedId];
        if (!vehicle) return;
        const center: [number, number] = [vehicle.lng, vehicle.lat];
        if (state.followed !== selectedId) {
          state.followed = selectedId;
          map.easeTo({ center, zoom: Math.max(map.getZoom(), FOLLOW_ZOOM), duration: 800 });
        } else if (state.center !== center.join()) {
          map.easeTo({ center, duration: 600, easing: (t) => t });
        }
        state.center = center.join();
      }
    },
    [map, camera, selectedId],
  );

  useEffect(() => {
    memory.current.followed = null;
    check(true);
  }, [check]);

  return useCallback(() => check(false), [check]);
}

/** The fleet is in view and fills a fair part of it (zooming to fit would gain less than a level). */
function fitsWell(map: MapLibreMap, bounds: Bounds): boolean {
  const view = map.getBounds();
  const viewBounds: Bounds = [[view.getWest(), view.getSouth()], [view.getEast(), view.getNorth()]];
  if (!boundsContain(viewBounds, bounds)) return false;
  const wanted = map.cameraForBounds(bounds, { padding: FIT_PADDING_PX, maxZoom: FIT_MAX_ZOOM });
  return !wanted?.zoom || wanted.zoom - map.getZoom() < 1;
}
