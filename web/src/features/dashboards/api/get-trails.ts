import { apiClient } from '../../../lib/api-client';
import { rangePath } from './range-path';
import type { RangeQuery, Trails } from './types';

/** How many trails the map asks for (the API allows 1..100). */
export const TRAILS_LIMIT = 20;

/** GET /api/dashboards/trails: the trail of each of the latest deliveries requested in range. */
export function getTrails(range: RangeQuery, signal?: AbortSignal): Promise<Trails> {
  return apiClient.get<Trails>(rangePath('/api/dashboards/trails', range, { limit: TRAILS_LIMIT }), signal);
}
