import { apiClient } from '../../../lib/api-client';
import type { Delivery } from '../../../types/api';

/** A delivery as `GET /api/deliveries/{id}` answers it, with its start and end (delivered or cancelled) once known. */
export type DeliveryRecord = Delivery;

/** GET /api/deliveries/{id}: one delivery (404 when unknown). */
export function getTrackedDelivery(id: string, signal?: AbortSignal): Promise<DeliveryRecord> {
  return apiClient.get<DeliveryRecord>(`/api/deliveries/${encodeURIComponent(id)}`, signal);
}
