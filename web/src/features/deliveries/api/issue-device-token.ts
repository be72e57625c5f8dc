import { apiClient } from '../../../lib/api-client';
import type { DeviceLink } from '../../../types/device-api';

/**
 * POST /api/deliveries/{id}/device-token: a new driver link for a device delivery; the old
 * token stops working. 409 when the delivery is not a device one or has ended.
 */
export function issueDeviceToken(deliveryId: string, signal?: AbortSignal): Promise<DeviceLink> {
  return apiClient.post<DeviceLink>(`/api/deliveries/${encodeURIComponent(deliveryId)}/device-token`, {}, signal ? { signal } : {});
}
