import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { EMPTY_SCENE } from '../../../lib/map/map-scene';
import { boundsKey, sceneBounds } from '../../../lib/map/provider/scene-bounds';
import { useMaplibre } from '../../../lib/map/use-maplibre';
import { useMapStyle } from '../../../lib/map/use-map-style';
import { addRouteLayers, setRoute, type MappedRoute } from './route-map-data';
import styles from './RoutesPage.module.css';

/** A MapLibre map (the app's basemap, `window.codeDeliveryMap`) of one route, fitted to it whenever it changes. */
export function RouteMap({ route }: { route: MappedRoute | null }) {
  const { t } = useTranslation('routes');
  const container = useRef<HTMLDivElement>(null);
  const style = useMapStyle();
  const handle = useMaplibre(container, style);
  const map = handle?.map;
  const generation = handle?.styleGeneration;

  useEffect(() => {
    if (!map) return;
    addRouteLayers(map);
    setRoute(map, route);
  }, [map, generation, route]);

  // Refit for another line, not for the same one renamed or archived.
  const fitKey = route ? boundsKey(sceneBounds({ ...EMPTY_SCENE, routes: [{ id: '', color: '', coordinates: route.geometry.coordinates }] })) : '';
  useEffect(() => {
    if (!map || fitKey === '') return;
    const [west, south, east, north] = fitKey.split(',').map(Number) as [number, number, number, number];
    map.fitBounds([[west, south], [east, north]], { padding: 48, maxZoom: 16, duration: 500 });
  }, [map, fitKey]);

  return <div ref={container} className={styles.map} role="region" aria-label={t('map.label')} />;
}
