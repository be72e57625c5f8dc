import { apiClient } from '../../../lib/api-client';
import { toSearchParams, type HistoryFilters } from '../utils/history-query';
import type { DeliveryRecordPage } from './delivery-record';

/**
 * GET /api/deliveries: one page of the delivery records that match the filters, newest requested
 * first (a bad filter is answered 400 with a problem `detail`).
 */
export function listDeliveries(filters: HistoryFilters, signal?: AbortSignal): Promise<DeliveryRecordPage> {
  const query = toSearchParams(filters).toString();
  return apiClient.get<DeliveryRecordPage>(query ? `/api/deliveries?${query}` : '/api/deliveries', signal);
}
