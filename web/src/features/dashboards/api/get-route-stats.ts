import { apiClient } from '../../../lib/api-client';
import { rangePath } from './range-path';
import type { RangeQuery, RouteStats } from './types';

/** How many routes the route dashboards ask for (the API allows 1..100). */
export const ROUTES_SIZE = 20;

/** GET /api/dashboards/routes: requested and delivered per route, most requested first. */
export function getRouteStats(range: RangeQuery, signal?: AbortSignal): Promise<RouteStats> {
  return apiClient.get<RouteStats>(rangePath('/api/dashboards/routes', range, { size: ROUTES_SIZE }), signal);
}
