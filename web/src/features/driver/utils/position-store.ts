import type { DevicePosition } from '../../../types/device-api';

/**
 * Where recorded positions wait until the server has them: keyed by (delivery id, seq), read in
 * seq order. The page uses IndexedDB (`indexeddb-position-store.ts`); tests use the in-memory one.
 * Every write is durable when its promise resolves.
 */
export interface PositionStore {
  put(deliveryId: string, position: DevicePosition): Promise<void>;
  /** The delivery's positions in seq order, at most `limit`. */
  list(deliveryId: string, limit: number): Promise<DevicePosition[]>;
  /** The delivery's position with the highest seq, or null. */
  last(deliveryId: string): Promise<DevicePosition | null>;
  count(deliveryId: string): Promise<number>;
  /** Forgets the delivery's positions with seq ≤ `seq` (the server has them). */
  deleteUpTo(deliveryId: string, seq: number): Promise<void>;
  /** Forgets all of the delivery's positions. */
  clear(deliveryId: string): Promise<void>;
}

/** A {@link PositionStore} in memory (tests, and browsers without IndexedDB). */
export class MemoryPositionStore implements PositionStore {
  private readonly byDelivery = new Map<string, Map<number, DevicePosition>>();

  private of(deliveryId: string): Map<number, DevicePosition> {
    let positions = this.byDelivery.get(deliveryId);
    if (!positions) this.byDelivery.set(deliveryId, (positions = new Map()));
    return positions;
  }

  private sorted(deliveryId: string): DevicePosition[] {
    return [...this.of(deliveryId).values()].sort((a, b) => a.seq - b.seq);
  }

  async put(deliveryId: string, position: DevicePosition): Promise<void> {
    this.of(deliveryId).set(position.seq, { ...position });
  }

  async list(deliveryId: string, limit: number): Promise<DevicePosition[]> {
    return this.sorted(deliveryId).slice(0, Math.max(0, limit));
  }

  async last(deliveryId: string): Promise<DevicePosition | null> {
    return this.sorted(deliveryId).at(-1) ?? null;
  }

  async count(deliveryId: string): Promise<number> {
    return this.of(deliveryId).size;
  }

  async deleteUpTo(deliveryId: string, seq: number): Promise<void> {
    const positions = this.of(deliveryId);
    for (const key of [...positions.keys()]) if (key <= seq) positions.delete(key);
  }

  async clear(deliveryId: string): Promise<void> {
    this.byDelivery.delete(deliveryId);
  }
}
