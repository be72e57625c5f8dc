import type { QueueState } from './send-queue';

/** What the driver page says (`data-driver-status`). */
export type DriverStatus =
  | 'no-token'
  | 'loading'
  | 'load-error'
  /** The link no longer works (401: unknown or replaced token). */
  | 'unauthorized'
  | 'delivered'
  | 'cancelled'
  /** The browser refused the position, or has no GPS. */
  | 'gps-denied'
  | 'gps-unavailable'
  | 'waiting-gps'
  /** Positions are waiting for the network (offline, or sends failing and retried). */
  | 'offline'
  | 'sending';

export type GpsState = 'waiting' | 'ok' | 'denied' | 'unavailable';

export interface DriverFacts {
  /** The delivery as last read from the server (or the kept copy). */
  deliveryStatus: 'requested' | 'in_transit' | 'delivered' | 'cancelled';
  queue: QueueState;
  gps: GpsState;
  online: boolean;
  /** The finished position is recorded (the driver arrived). */
  arrived: boolean;
}

/** The page's status, most telling first: how the delivery ended, then the link, the network, the GPS. */
export function driverStatus(facts: DriverFacts): DriverStatus {
  const { queue } = facts;
  if (queue.ended === 'delivered' || facts.deliveryStatus === 'delivered') return 'delivered';
  if (queue.ended === 'cancelled' || facts.deliveryStatus === 'cancelled') return 'cancelled';
  if (queue.phase === 'unauthorized') return 'unauthorized';
  if (!facts.online || queue.phase === 'offline' || queue.phase === 'retrying') return 'offline';
  if (facts.arrived) return 'sending';
  if (facts.gps === 'denied') return 'gps-denied';
  if (facts.gps === 'unavailable') return 'gps-unavailable';
  if (facts.gps === 'waiting') return 'waiting-gps';
  return 'sending';
}
