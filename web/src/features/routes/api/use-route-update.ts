import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../utils/error-message';
import type { ManagedRoute, RouteChange } from './route-types';
import { updateRoute } from './update-route';

export interface RouteUpdate {
  busy: boolean;
  error: string | null;
  /** Sends the change; resolves true once the server took it (the list then holds the answer). */
  update: (change: RouteChange) => Promise<boolean>;
}

/** Renaming, archiving and restoring one route. */
export function useRouteUpdate(route: ManagedRoute, onUpdated: (route: ManagedRoute) => void): RouteUpdate {
  const { t } = useTranslation('routes');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const update = async (change: RouteChange) => {
    setBusy(true);
    setError(null);
    try {
      const answer = await updateRoute(route.id, change);
      // A 204 answers no body: the change is then all there is to show.
      onUpdated(answer ?? { ...route, ...change });
      return true;
    } catch (failure) {
      setError(errorMessage(failure, t));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, update };
}
