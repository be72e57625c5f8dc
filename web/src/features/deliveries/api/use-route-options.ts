import { useEffect, useState } from 'react';
import { getRouteOptions, type RouteOption } from './get-route-options';

/** The routes to filter the history by (archived ones too), loaded once; none while loading or when they cannot be read. */
export function useRouteOptions(): readonly RouteOption[] {
  const [routes, setRoutes] = useState<readonly RouteOption[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    getRouteOptions(controller.signal)
      .then(setRoutes)
      .catch(() => {}); // the filter then offers "all routes" and any route a link names
    return () => controller.abort();
  }, []);
  return routes;
}
