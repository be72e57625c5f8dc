import { Map as MapLibreMap, NavigationControl, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { useEffect, useState, type RefObject } from 'react';
import { builtInStyle } from './map-style';

setWorkerUrl(workerUrl);

declare global {
  interface Window {
    /**
     * Test/debug hook: the live MapLibre map, so end-to-end tests can inspect what is
     * rendered (e.g. `queryRenderedFeatures({ layers: ['trails'] })`) without pixel diffs; vehicles are on
     * the overlay of lib/map/vehicle-canvas (`window.codeDeliveryVehicles`).
     */
    codeDeliveryMap?: MapLibreMap;
    /** Test/debug hook: the dashboards page's trails map (source and layer `trails`). */
    codeDeliveryTrailsMap?: MapLibreMap;
  }
}

/** The window property a map is exposed under for tests and debugging. */
export type MapHook = 'codeDeliveryMap' | 'codeDeliveryTrailsMap';

/** A configured style that has not loaded after this long is replaced by the built-in one. */
const STYLE_FALLBACK_MS = 10_000;
const MANHATTAN: [number, number] = [-73.985, 40.754];

export interface MapHandle {
  map: MapLibreMap;
  /** Increments on every `style.load`: sources and layers must then be (re)added. */
  styleGeneration: number;
}

/** Creates the map once the style is known; waits for `style.load` (not `load`, which needs tiles). */
export function useMaplibre(
  container: RefObject<HTMLDivElement | null>,
  style: StyleSpecification | string | undefined,
  exposeAs: MapHook = 'codeDeliveryMap',
): MapHandle | null {
  const [handle, setHandle] = useState<MapHandle | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element || style === undefined) return;
    const map = new MapLibreMap({ container: element, style, center: MANHATTAN, zoom: 12 });
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    window[exposeAs] = map;

    let styleLoaded = false;
    let generation = 0;
    const useBuiltIn = () => {
      if (!styleLoaded && typeof style === 'string') map.setStyle(builtInStyle());
    };
    const fallbackTimer = setTimeout(useBuiltIn, STYLE_FALLBACK_MS);
    map.on('error', useBuiltIn);
    map.on('style.load', () => {
      styleLoaded = true;
      clearTimeout(fallbackTimer);
      generation += 1;
      setHandle({ map, styleGeneration: generation });
    });

    return () => {
      clearTimeout(fallbackTimer);
      if (window[exposeAs] === map) delete window[exposeAs];
      map.remove();
      setHandle(null);
    };
  }, [container, style, exposeAs]);

  return handle;
}
