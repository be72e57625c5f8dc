import { useEffect, useState } from 'react';
import type { Route } from '../../../types/api';
import { getRoutes } from './get-routes';

export type RoutesState =
  | { status: 'loading'; routes: readonly Route[] }
  | { status: 'ready'; routes: readonly Route[] }
  /** `error`: what went wrong (the server's detail), to show after "Could not load routes:". */
  | { status: 'error'; routes: readonly Route[]; error: string };

/** Loads the routes once. */
export function useRoutes(): RoutesState {
  const [state, setState] = useState<RoutesState>({ status: 'loading', routes: [] });
  useEffect(() => {
    const controller = new AbortController();
    getRoutes(controller.signal)
      .then((routes) => setState({ status: 'ready', routes }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const message = error instanceof Error ? error.message : String(error);
        setState({ status: 'error', routes: [], error: message });
      });
    return () => controller.abort();
  }, []);
  return state;
}
