import { apiClient } from '../../../lib/api-client';
import type { Route } from '../../../types/api';
import type { ManagedRoute } from './route-types';

/** GET /api/routes: every route a delivery can take. */
export function getRoutes(signal?: AbortSignal): Promise<Route[]> {
  return apiClient.get<Route[]>('/api/routes', signal);
}

/** GET /api/routes (`?archived=true`: the archived ones too), with the management fields. */
export function getManagedRoutes(withArchived: boolean, signal?: AbortSignal): Promise<ManagedRoute[]> {
  return apiClient.get<ManagedRoute[]>(withArchived ? '/api/routes?archived=true' : '/api/routes', signal);
}
