import { distanceMeters } from '../../../lib/geo/route-geometry';
import type { DevicePosition } from '../../../types/device-api';
import type { PositionStore } from './position-store';

/** At most one position is recorded per this many milliseconds of GPS time. */
export const MIN_INTERVAL_MS = 500;

/** A GPS fix as the page reads it from a `GeolocationPosition`. */
export interface Fix {
  lat: number;
  lng: number;
  /** Epoch ms of the fix (`GeolocationPosition.timestamp`). */
  timestamp: number;
}

/** The seq of the next position: after both the server's last one and the highest stored here. */
export function nextSeq(serverLastSeq: number, localHighestSeq: number | null): number {
  return Math.max(serverLastSeq + 1, (localHighestSeq ?? -1) + 1, 0);
}

/** Whether a fix is close enough to the route's last point (`[lng, lat]`) to end the delivery. */
export function hasArrived(fix: { lat: number; lng: number }, end: readonly [number, number], arrivalMeters: number): boolean {
  return distanceMeters(fix.lat, fix.lng, end[1], end[0]) <= arrivalMeters;
}

export interface RecorderOptions {
  deliveryId: string;
  store: PositionStore;
  /** The seq the first recorded position gets (see {@link nextSeq}). */
  firstSeq: number;
  /** The route's last point, `[lng, lat]`, and how near it counts as arrived. */
  destination: readonly [number, number];
  arrivalMeters: number;
  /** A finished position is already stored: nothing more is recorded. */
  finished?: boolean;
}

/**
 * Turns GPS fixes into numbered positions, stored before anything is sent: at most one per
 * {@link MIN_INTERVAL_MS} (of the fixes' own time), seq 0, 1, 2, ... without gaps, the first one
 * within `arrivalMeters` of the destination marked `finished`, and none after it.
 */
export class PositionRecorder {
  private seq: number;
  private lastAt: number | null = null;
  private done: boolean;

  constructor(private readonly options: RecorderOptions) {
    this.seq = options.firstSeq;
    this.done = options.finished ?? false;
  }

  /** A finished position was recorded: the delivery's last. */
  get finished(): boolean {
    return this.done;
  }

  /**
   * Records a fix unless it came too soon after the last one or the delivery's last position is
   * recorded already. Resolves with the stored position (null when skipped) once it is stored.
   */
  async record(fix: Fix): Promise<DevicePosition | null> {
    if (this.done || !Number.isFinite(fix.lat) || !Number.isFinite(fix.lng)) return null;
    if (this.lastAt !== null && fix.timestamp - this.lastAt < MIN_INTERVAL_MS) return null;
    const finished = hasArrived(fix, this.options.destination, this.options.arrivalMeters);
    const position: DevicePosition = {
      seq: this.seq++,
      lat: fix.lat,
      lng: fix.lng,
      at: new Date(fix.timestamp).toISOString(),
      finished,
    };
    this.lastAt = fix.timestamp;
    if (finished) this.done = true;
    await this.options.store.put(this.options.deliveryId, position);
    return position;
  }

  /**
   * The server refused the finished position (422: too far from the route's end by its
   * measure): it is stored again as an ordinary one and recording goes on.
   */
  async reopen(refused: DevicePosition): Promise<void> {
    await this.options.store.put(this.options.deliveryId, { ...refused, finished: false });
    this.done = false;
  }
}
