import { ApiError, apiClient } from '../../../lib/api-client';
import type { DriverKind, NewDeliveryRequest, StartedDelivery } from '../../../types/device-api';

export interface CreateDeliveryOptions {
  /** Who drives it: the simulator (default, left out of the body) or the driver's phone (`device`). */
  driver?: DriverKind;
  /** Sent as `Idempotency-Key`; every retry of this call reuses it (default: a new random key). */
  idempotencyKey?: string;
  /** Tries in all (1: no retry). */
  attempts?: number;
  signal?: AbortSignal;
  /** Waits between tries (a seam for tests). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** Answers worth retrying with the same key: nothing was started (503), the first try is still being handled (409), no answer (0). */
const RETRYABLE = new Set([0, 409, 503]);
const RETRY_DELAY_MS = [1000, 2000, 4000];

/**
 * POST /api/deliveries: starts a delivery along a route. Sends an `Idempotency-Key` so that a
 * retry after a lost answer, a 503 or a 409 never starts a second delivery: the server answers
 * every repeat of the key with the delivery the first request started. With `driver: 'device'`
 * the first answer carries the driver's link (`device`); a replay does not (see start-delivery.ts).
 */
export async function createDelivery(routeId: string, options: CreateDeliveryOptions = {}): Promise<StartedDelivery> {
  const key = options.idempotencyKey ?? newIdempotencyKey();
  const attempts = Math.max(1, options.attempts ?? 3);
  const sleep = options.sleep ?? wait;
  const body: NewDeliveryRequest = options.driver && options.driver !== 'simulator' ? { routeId, driver: options.driver } : { routeId };
  for (let attempt = 1; ; attempt++) {
    try {
      return await apiClient.post<StartedDelivery>(
        '/api/deliveries',
        body,
        { headers: { 'Idempotency-Key': key }, ...(options.signal ? { signal: options.signal } : {}) },
      );
    } catch (error) {
      const retryable = error instanceof ApiError && RETRYABLE.has(error.status);
      if (!retryable || attempt >= attempts || options.signal?.aborted) throw error;
      await sleep(RETRY_DELAY_MS[Math.min(attempt - 1, RETRY_DELAY_MS.length - 1)]!, options.signal);
    }
  }
}

/** A random UUID (v4 layout), also where `crypto.randomUUID` is missing (pages served over plain http). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
