import { apiClient } from '../../../lib/api-client';
import type { Route } from '../../../types/api';

/** GET /api/routes: every route a delivery can take. */
export function getRoutes(signal?: AbortSignal): Promise<Route[]> {
  return apiClient.get<Route[]>('/api/routes', signal);
}
