import { useEffect, useState } from 'react';
import { getConfig } from '../get-config';
import { readProviderConfig, type MapProviderConfig } from './map-provider';

/**
 * The map provider fields of `GET /api/config`: `undefined` while loading; when the config
 * cannot be read, `{}` (MapLibre, as when the backend does not know the fields). `skip`: the
 * caller already has the config; nothing is fetched.
 */
export function useProviderConfig(skip = false): MapProviderConfig | undefined {
  const [config, setConfig] = useState<MapProviderConfig>();
  useEffect(() => {
    if (skip) return;
    const controller = new AbortController();
    getConfig(controller.signal)
      .then((answer) => setConfig(readProviderConfig(answer)))
      .catch(() => {
        if (!controller.signal.aborted) setConfig({});
      });
    return () => controller.abort();
  }, [skip]);
  return config;
}
