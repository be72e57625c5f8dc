import { useCallback, useEffect, useState } from 'react';
import { getManagedRoutes } from './get-routes';
import type { ManagedRoute } from './route-types';

interface Loaded {
  /** The `withArchived` the routes were loaded for; null before the first answer. */
  withArchived: boolean | null;
  routes: readonly ManagedRoute[];
  error: unknown;
}

export interface ManagedRoutes {
  status: 'loading' | 'ready' | 'error';
  /** The last list loaded (kept while another loads), sorted by title. */
  routes: readonly ManagedRoute[];
  error: unknown;
  /** Puts a route as the server answered it into the list (added, changed, or gone when archived and hidden). */
  keep: (route: ManagedRoute) => void;
}

/** The routes, loaded again whenever `withArchived` changes. */
export function useManagedRoutes(withArchived: boolean): ManagedRoutes {
  const [loaded, setLoaded] = useState<Loaded>({ withArchived: null, routes: [], error: null });
  useEffect(() => {
    const controller = new AbortController();
    getManagedRoutes(withArchived, controller.signal)
      .then((routes) => setLoaded({ withArchived, routes, error: null }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setLoaded((previous) => ({ ...previous, withArchived, error }));
      });
    return () => controller.abort();
  }, [withArchived]);

  const keep = useCallback(
    (route: ManagedRoute) => setLoaded((previous) => ({ ...previous, routes: placeRoute(previous.routes, route, withArchived) })),
    [withArchived],
  );
  const status = loaded.withArchived !== withArchived ? 'loading' : loaded.error !== null ? 'error' : 'ready';
  return { status, routes: loaded.routes, error: loaded.error, keep };
}

function placeRoute(routes: readonly ManagedRoute[], route: ManagedRoute, withArchived: boolean): ManagedRoute[] {
  const others = routes.filter((r) => r.id !== route.id);
  if (route.archived && !withArchived) return others;
  return [...others, route].sort((a, b) => a.title.localeCompare(b.title));
}
