import { apiClient } from '../../../lib/api-client';
import type { Delivery } from '../../../types/api';

/** POST /api/deliveries: starts a delivery along a route. */
export function createDelivery(routeId: string): Promise<Delivery> {
  return apiClient.post<Delivery>('/api/deliveries', { routeId });
}
