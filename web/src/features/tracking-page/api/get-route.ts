import { apiClient } from '../../../lib/api-client';
import type { Route } from '../../../types/api';

/** GET /api/routes/{id}: one route (404 when unknown). */
export function getRoute(id: string, signal?: AbortSignal): Promise<Route> {
  return apiClient.get<Route>(`/api/routes/${encodeURIComponent(id)}`, signal);
}
