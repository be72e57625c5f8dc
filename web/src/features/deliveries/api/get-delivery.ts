import { apiClient } from '../../../lib/api-client';
import type { Delivery } from '../../../types/api';

/** GET /api/deliveries/{id}: one delivery's current status. */
export function getDelivery(id: string, signal?: AbortSignal): Promise<Delivery> {
  return apiClient.get<Delivery>(`/api/deliveries/${encodeURIComponent(id)}`, signal);
}
