import type { DeviceLink, DriverKind, StartedDelivery } from '../../../types/device-api';
import { createDelivery, type CreateDeliveryOptions } from './create-delivery';
import { issueDeviceToken } from './issue-device-token';

/** A started delivery and, for one driven by a phone, the driver's link. */
export interface DeliveryStart {
  delivery: StartedDelivery;
  device: DeviceLink | null;
}

/**
 * Starts a delivery driven by `driver`. A device delivery's answer carries the driver's link,
 * except when a retry was answered with the first request's delivery (an Idempotency-Key
 * replay: the server keeps the token hashed); then a new token is asked for.
 */
export async function startDelivery(
  routeId: string,
  driver: DriverKind,
  options: Omit<CreateDeliveryOptions, 'driver'> = {},
): Promise<DeliveryStart> {
  const delivery = await createDelivery(routeId, { ...options, driver });
  if (driver !== 'device') return { delivery, device: null };
  const device = delivery.device ?? (await issueDeviceToken(delivery.id, options.signal));
  return { delivery, device };
}
