import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import type { MapViewport } from '../../../lib/map/map-scene';
import { CLUSTERS_LAYER, VEHICLE_DOTS_LAYER, VEHICLES_LAYER } from './map-layers';

/** Pixels around a click that still hit a vehicle. */
const HIT_TOLERANCE_PX = 8;

/**
 * Clicks: a vehicle selects it, a cluster zooms in to split it, anything else clears the
 * selection. Every camera move's end reports the viewport.
 */
export function useMapEvents(
  map: MapLibreMap | undefined,
  styleGeneration: number | undefined,
  onSelect: (deliveryId: string | null) => void,
  onViewportChange: ((viewport: MapViewport) => void) | undefined,
): void {
  const handlers = useRef({ onSelect, onViewportChange });
  useEffect(() => {
    handlers.current = { onSelect, onViewportChange };
  });

  useEffect(() => {
    if (!map || styleGeneration === undefined) return;
    const report = () => handlers.current.onViewportChange?.(viewportOf(map));
    const click = (event: MapMouseEvent) => {
      const { x, y } = event.point;
      const box: [[number, number], [number, number]] = [[x - HIT_TOLERANCE_PX, y - HIT_TOLERANCE_PX], [x + HIT_TOLERANCE_PX, y + HIT_TOLERANCE_PX]];
      const layers = [VEHICLES_LAYER, VEHICLE_DOTS_LAYER, CLUSTERS_LAYER].filter((id) => map.getLayer(id));
      const hit = map.queryRenderedFeatures(box, { layers })[0];
      const deliveryId = hit?.properties?.deliveryId as unknown;
      if (typeof deliveryId === 'string') return handlers.current.onSelect(deliveryId);
      const clusterId = hit?.properties?.cluster_id as unknown;
      if (typeof clusterId === 'number' && hit?.geometry.type === 'Point') {
        const center = hit.geometry.coordinates as [number, number];
        void (map.getSource('vehicles') as GeoJSONSource)
          .getClusterExpansionZoom(clusterId)
          .then((zoom) => map.easeTo({ center, zoom: zoom + 0.5 }, { originalEvent: event.originalEvent }));
        return;
      }
      handlers.current.onSelect(null);
    };
    const pointer = () => (map.getCanvas().style.cursor = 'pointer');
    const plain = () => (map.getCanvas().style.cursor = '');
    map.on('moveend', report);
    map.on('click', click);
    for (const layer of [VEHICLES_LAYER, VEHICLE_DOTS_LAYER, CLUSTERS_LAYER]) {
      map.on('mouseenter', layer, pointer);
      map.on('mouseleave', layer, plain);
    }
    report();
    return () => {
      map.off('moveend', report);
      map.off('click', click);
      for (const layer of [VEHICLES_LAYER, VEHICLE_DOTS_LAYER, CLUSTERS_LAYER]) {
        map.off('mouseenter', layer, pointer);
        map.off('mouseleave', layer, plain);
      }
    };
  }, [map, styleGeneration]);
}

/** The visible box (longitudes may pass ±180 when the world repeats) and zoom. */
export function viewportOf(map: MapLibreMap): MapViewport {
  const bounds = map.getBounds();
  return { bbox: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()], zoom: map.getZoom() };
}
