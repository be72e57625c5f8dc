import type { StyleSpecification } from 'maplibre-gl';
import { useEffect, useState } from 'react';
import { getConfig } from './get-config';
import { resolveStyle } from './map-style';

/** The basemap every map of the app uses: `/api/config`'s style URL, else the built-in one. */
export function useMapStyle(): StyleSpecification | string | undefined {
  const [style, setStyle] = useState<StyleSpecification | string>();
  useEffect(() => {
    const controller = new AbortController();
    getConfig(controller.signal)
      .then((config) => setStyle(resolveStyle(config.mapStyleUrl)))
      .catch(() => {
        if (!controller.signal.aborted) setStyle(resolveStyle(null));
      });
    return () => controller.abort();
  }, []);
  return style;
}
