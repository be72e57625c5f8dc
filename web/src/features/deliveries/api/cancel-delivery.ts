import { apiClient } from '../../../lib/api-client';
import type { DeliveryRecord } from './delivery-record';

/**
 * POST /api/deliveries/{id}/cancel: cancels a delivery not yet delivered and answers its record
 * (`cancelled`, with `cancelledAt`); cancelling it again answers the same. A delivered one is
 * refused (409) and an unknown one is not found (404), each with a problem `detail`.
 */
export function cancelDelivery(id: string, signal?: AbortSignal): Promise<DeliveryRecord> {
  return apiClient.post<DeliveryRecord>(`/api/deliveries/${encodeURIComponent(id)}/cancel`, undefined, signal ? { signal } : {});
}
