import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection, LineString } from 'geojson';
import type { MapSourceDataEvent } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useMaplibre } from '../../../lib/map/use-maplibre';
import { useMapStyle } from '../../../lib/map/use-map-style';
import { trailsBounds, type TrailProperties } from '../utils/trail-geojson';
import { addTrailLayers, focusTrail, setTrails, TRAILS_SOURCE } from './trail-layers';
import styles from './Dashboards.module.css';

export interface TrailsMapProps {
  trails: FeatureCollection<LineString, TrailProperties>;
  /** The map fits all trails once per key (a new range), not on every refresh. */
  fitKey: string;
  focusedId: string | null;
  /** Called with the number of lines put into the map's source. */
  onDrawn: (lines: number) => void;
}

/** A MapLibre map (the app's basemap) with one coloured line per delivery trail. */
export function TrailsMap({ trails, fitKey, focusedId, onDrawn }: TrailsMapProps) {
  const { t } = useTranslation('dashboards');
  const container = useRef<HTMLDivElement>(null);
  const style = useMapStyle();
  const handle = useMaplibre(container, style, 'codeDeliveryTrailsMap');
  const map = handle?.map;
  const generation = handle?.styleGeneration;
  const fitted = useRef<string | null>(null);

  useEffect(() => {
    if (!map) return;
    addTrailLayers(map);
    if (!setTrails(map, trails)) return;
    // setData hands the lines to a worker: report them once the source has loaded them.
    const report = () => {
      if (!map.getSource(TRAILS_SOURCE) || !map.isSourceLoaded(TRAILS_SOURCE)) return;
      stop();
      onDrawn(trails.features.length);
    };
    const onSourceData = (event: MapSourceDataEvent) => {
      if (event.sourceId === TRAILS_SOURCE) report();
    };
    const stop = () => {
      map.off('sourcedata', onSourceData);
      map.off('idle', report);
    };
    map.on('sourcedata', onSourceData);
    map.on('idle', report);
    return stop;
  }, [map, generation, trails, onDrawn]);

  useEffect(() => {
    if (map) focusTrail(map, focusedId);
  }, [map, generation, focusedId]);

  useEffect(() => {
    if (!map) return;
    const focused = focusedId ? trails.features.filter((f) => f.properties.deliveryId === focusedId) : [];
    const key = focused.length > 0 ? `focus:${focusedId}` : fitKey;
    const bounds = trailsBounds(focused.length > 0 ? { type: 'FeatureCollection', features: focused } : trails);
    if (!bounds || fitted.current === key) return;
    fitted.current = key;
    map.fitBounds(bounds, { padding: 40, maxZoom: 16, duration: 500 });
  }, [map, trails, fitKey, focusedId]);

  return <div ref={container} className={styles.trailsMap} aria-label={t('trails.map')} role="region" />;
}
