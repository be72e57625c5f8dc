import type { DevicePosition } from '../../../types/device-api';
import { MemoryPositionStore, type PositionStore } from './position-store';

/** The app's database for the driver page, and its one store, keyed by [deliveryId, seq]. */
export const DRIVER_DB = 'codedelivery-driver';
export const POSITIONS_STORE = 'positions';
const VERSION = 1;

interface StoredPosition extends DevicePosition {
  deliveryId: string;
}

/**
 * The positions a phone recorded, in IndexedDB: they survive a reload, a crash or a flat battery
 * until the server acknowledged them. A write resolves once its transaction completed (durability
 * `strict` where the browser knows it). Falls back to memory where IndexedDB is missing.
 */
export function openPositionStore(factory: IDBFactory | undefined = globalThis.indexedDB): PositionStore {
  if (!factory) return new MemoryPositionStore();
  return new IndexedDbPositionStore(factory);
}

class IndexedDbPositionStore implements PositionStore {
  private db: Promise<IDBDatabase> | null = null;

  constructor(private readonly factory: IDBFactory) {}

  private open(): Promise<IDBDatabase> {
    this.db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = this.factory.open(DRIVER_DB, VERSION);
      request.onupgradeneeded = () => {
        if (!request.result.objectStoreNames.contains(POSITIONS_STORE)) {
          request.result.createObjectStore(POSITIONS_STORE, { keyPath: ['deliveryId', 'seq'] });
        }
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    }).catch((error: unknown) => {
      this.db = null;
      throw error;
    });
    return this.db;
  }

  /** Runs `work` in one transaction; resolves with its result once the transaction completed. */
  private async run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T> {
    const db = await this.open();
    return new Promise<T>((resolve, reject) => {
      const tx = db.transaction(POSITIONS_STORE, mode, { durability: 'strict' });
      const request = work(tx.objectStore(POSITIONS_STORE));
      tx.oncomplete = () => resolve(request ? request.result : (undefined as T));
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
  }

  put(deliveryId: string, position: DevicePosition): Promise<void> {
    const record: StoredPosition = { deliveryId, ...position };
    return this.run('readwrite', (store) => {
      store.put(record);
    });
  }

  async list(deliveryId: string, limit: number): Promise<DevicePosition[]> {
    const records = await this.run<StoredPosition[]>('readonly', (store) => store.getAll(range(deliveryId), limit));
    return records.map(toPosition);
  }

  async last(deliveryId: string): Promise<DevicePosition | null> {
    const found: { record: StoredPosition | null } = { record: null };
    await this.run('readonly', (store) => {
      const request = store.openCursor(range(deliveryId), 'prev');
      request.onsuccess = () => {
        found.record = request.result ? (request.result.value as StoredPosition) : null;
      };
    });
    return found.record ? toPosition(found.record) : null;
  }

  count(deliveryId: string): Promise<number> {
    return this.run('readonly', (store) => store.count(range(deliveryId)));
  }

  deleteUpTo(deliveryId: string, seq: number): Promise<void> {
    return this.run('readwrite', (store) => {
      store.delete(IDBKeyRange.bound([deliveryId, -Infinity], [deliveryId, seq]));
    });
  }

  clear(deliveryId: string): Promise<void> {
    return this.run('readwrite', (store) => {
      store.delete(range(deliveryId));
    });
  }
}

function range(deliveryId: string): IDBKeyRange {
  return IDBKeyRange.bound([deliveryId, -Infinity], [deliveryId, Infinity]);
}

function toPosition({ seq, lat, lng, at, finished }: StoredPosition): DevicePosition {
  return { seq, lat, lng, at, finished };
}
