import { apiClient } from '../../../lib/api-client';
import { rangePath } from './range-path';
import type { RangeQuery, ViewerStats } from './types';

/** GET /api/dashboards/viewers: browsers watching now, by scope, and open over time. */
export function getViewerStats(range: RangeQuery, signal?: AbortSignal): Promise<ViewerStats> {
  return apiClient.get<ViewerStats>(rangePath('/api/dashboards/viewers', range), signal);
}
