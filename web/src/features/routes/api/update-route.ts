import { apiClient } from '../../../lib/api-client';
import type { ManagedRoute, RouteChange } from './route-types';

/** PATCH /api/routes/{id}: renames, archives or restores a route; answers the route as it is now. */
export function updateRoute(id: string, change: RouteChange): Promise<ManagedRoute> {
  return apiClient.patch<ManagedRoute>(`/api/routes/${encodeURIComponent(id)}`, change);
}
