import { apiRequest } from '../../../lib/api-client';
import type { DeviceDelivery } from '../../../types/device-api';

/** GET /api/device/delivery: the delivery the token drives, its route, the last seq the server has. 401: a bad token. */
export function getDeviceDelivery(token: string, signal?: AbortSignal): Promise<DeviceDelivery> {
  return apiRequest<DeviceDelivery>('/api/device/delivery', { headers: { Authorization: `Bearer ${token}` }, ...(signal ? { signal } : {}) });
}
