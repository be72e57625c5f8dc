import { apiClient } from '../../../lib/api-client';
import { rangePath } from './range-path';
import type { DeliveriesStats, RangeQuery } from './types';

/** GET /api/dashboards/deliveries: totals in range, requested vs delivered over time, active now. */
export function getDeliveriesStats(range: RangeQuery, signal?: AbortSignal): Promise<DeliveriesStats> {
  return apiClient.get<DeliveriesStats>(rangePath('/api/dashboards/deliveries', range), signal);
}
