import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import type { MapViewport } from '../../../lib/map/map-scene';

/** Reports the viewport after every camera move (clicks on vehicles are the vehicle overlay's). */
export function useMapEvents(
  map: MapLibreMap | undefined,
  styleGeneration: number | undefined,
  onViewportChange: ((viewport: MapViewport) => void) | undefined,
): void {
  const handler = useRef(onViewportChange);
  useEffect(() => {
    handler.current = onViewportChange;
  });

  useEffect(() => {
    if (!map || styleGeneration === undefined) return;
    const report = () => handler.current?.(viewportOf(map));
    map.on('moveend', report);
    report();
    return () => {
      map.off('moveend', report);
    };
  }, [map, styleGeneration]);
}

/** The visible box (longitudes may pass ±180 when the world repeats) and zoom. */
export function viewportOf(map: MapLibreMap): MapViewport {
  const bounds = map.getBounds();
  return { bbox: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()], zoom: map.getZoom() };
}
