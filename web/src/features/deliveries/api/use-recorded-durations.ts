import { useEffect, useState } from 'react';
import { getDelivery } from './get-delivery';

/** Durations (ms) from delivery records, kept for the page's lifetime (bounded). */
const known = new Map<string, number>();
const asked = new Set<string>();
const MAX_KNOWN = 2000;
/** Records asked for at once: only rows in view ask, so this is a handful. */
const MAX_IN_FLIGHT = 4;

/**
 * The duration (start to delivery) of deliveries whose start the page did not see, from their
 * record (`GET /api/deliveries/{id}`: `startedAt`, `deliveredAt`), fetched lazily: only for the
 * ids given (the recent rows in view), each at most once.
 */
export function useRecordedDurations(ids: readonly string[]): ReadonlyMap<string, number> {
  const [, setVersion] = useState(0);
  const key = ids.join(',');
  useEffect(() => {
    if (!key) return;
    let alive = true;
    const queue = key.split(',').filter((id) => !known.has(id) && !asked.has(id));
    const next = (): Promise<void> | undefined => {
      const id = queue.shift();
      if (id === undefined || !alive) return undefined;
      asked.add(id);
      return getDelivery(id)
        .then((delivery) => {
          const started = delivery.startedAt ? Date.parse(delivery.startedAt) : Number.NaN;
          const delivered = delivery.deliveredAt ? Date.parse(delivery.deliveredAt) : Number.NaN;
          if (Number.isFinite(delivered - started)) {
            if (known.size >= MAX_KNOWN) known.delete(known.keys().next().value as string);
            known.set(id, Math.max(0, delivered - started));
            if (alive) setVersion((v) => v + 1);
          }
        })
        .catch(() => asked.delete(id)) // may be asked again when shown again
        .then(next);
    };
    for (let i = 0; i < MAX_IN_FLIGHT; i++) void next();
    return () => {
      alive = false;
      for (const id of queue) asked.delete(id);
    };
  }, [key]);
  return known;
}
