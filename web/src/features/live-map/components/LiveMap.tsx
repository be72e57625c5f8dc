import 'maplibre-gl/dist/maplibre-gl.css';
import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useRef } from 'react';
import { useMaplibre } from '../../../lib/map/use-maplibre';
import { useMapStyle } from '../../../lib/map/use-map-style';
import type { Route } from '../../../types/api';
import type { TrackedVehicle } from '../stores/tracking-state';
import { routeBounds, routesToGeoJson } from '../utils/map-data';
import { addAppLayers, highlightRoute, setSourceData } from './map-layers';
import { useVehicleAnimation } from './use-vehicle-animation';
import styles from './LiveMap.module.css';

export interface LiveMapProps {
  routes: readonly Route[];
  selectedRouteId: string | null;
  vehicles: Readonly<Record<string, TrackedVehicle>>;
  /** Fit the map to this route whenever the request changes (e.g. on Start). */
  fitRequest: { routeId: string; requestId: number } | null;
}

/** The map: every route's line, the selected one highlighted, its destination, and all vehicles. */
export function LiveMap({ routes, selectedRouteId, vehicles, fitRequest }: LiveMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const style = useMapStyle();
  const handle = useMaplibre(container, style);
  const map = handle?.map;
  const generation = handle?.styleGeneration;

  useEffect(() => {
    if (map) addAppLayers(map);
  }, [map, generation]);

  const routesData = useMemo(() => routesToGeoJson(routes), [routes]);
  useEffect(() => {
    if (map) setSourceData(map, 'routes', routesData);
  }, [map, generation, routesData]);

  useEffect(() => {
    if (map) highlightRoute(map, selectedRouteId);
  }, [map, generation, selectedRouteId]);

  useVehicleAnimation(map, generation, vehicles);

  const selectedRoute = routes.find((r) => r.id === selectedRouteId) ?? null;
  useDestinationMarker(map, selectedRoute);

  useEffect(() => {
    const route = fitRequest && routes.find((r) => r.id === fitRequest.routeId);
    const bounds = route && routeBounds(route);
    if (map && bounds) map.fitBounds(bounds, { padding: 60, maxZoom: 16, duration: 600 });
  }, [map, fitRequest, routes]);

  return <div ref={container} className={styles.map} data-testid="live-map" aria-label="Delivery map" role="region" />;
}

function useDestinationMarker(map: MapLibreMap | undefined, route: Route | null) {
  useEffect(() => {
    if (!map || !route) return;
    // MapLibre positions the marker element with its own transform: style a child.
    const element = document.createElement('div');
    element.className = styles.destination ?? '';
    element.title = `Destination: ${route.title}`;
    element.appendChild(document.createElement('div')).className = styles.pin ?? '';
    const marker = new Marker({ element, anchor: 'bottom' }).setLngLat([route.end.lng, route.end.lat]).addTo(map);
    return () => {
      marker.remove();
    };
  }, [map, route]);
}
