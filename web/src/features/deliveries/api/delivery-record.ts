import type { Delivery, DeliveryPage, DeliveryStatus } from '../../../types/api';

/**
 * The delivery record as the history and cancel endpoints answer it (`Delivery` in
 * docs/openapi.json: the route's title, the cancellation and the figures of the drive).
 */
export type DeliveryRecord = Delivery;
export type RecordStatus = DeliveryStatus;
/** One page of `GET /api/deliveries`: `page` counts from 0, `total` is every match. */
export type DeliveryRecordPage = DeliveryPage;

/** Every status, in the order the filters list them. */
export const RECORD_STATUSES: readonly RecordStatus[] = ['requested', 'in_transit', 'delivered', 'cancelled'];

/** Statuses a delivery can still be cancelled in. */
export function isCancellable(status: RecordStatus): boolean {
  return status === 'requested' || status === 'in_transit';
}

/** A delivery a new driver link can be issued for: a phone drives it and it has not ended. */
export function takesNewDriverLink(record: Pick<DeliveryRecord, 'driver' | 'status'>): boolean {
  return record.driver === 'device' && isCancellable(record.status);
}
