import { useCallback, useEffect, useState } from 'react';
import type { Delivery, DeliveryStatus } from '../../../types/api';
import { getDelivery } from './get-delivery';

/** What this hook needs of a live delivery: whether it was delivered. */
export interface LivePosition {
  finished: boolean;
}

/**
 * The deliveries this page started, their status kept up to date from the live
 * positions (requested -> in_transit -> delivered; delivered sticks after the vehicle
 * leaves the map; so does cancelled, learnt from the backend). When a delivery in transit vanishes from the live set without being
 * seen delivered (it finished while the socket was reconnecting, or was removed as silent
 * or cancelled), asks the backend.
 */
export function useStartedDeliveries(positions: Readonly<Record<string, LivePosition>>) {
  const [started, setStarted] = useState<readonly Delivery[]>([]);
  const [seen, setSeen] = useState(positions);
  if (seen !== positions) {
    // Adjusting state to new props during render (no effect, no extra paint).
    setSeen(positions);
    const changes = statusChanges(started, positions);
    if (changes.size > 0) setStarted(withStatuses(started, changes));
  }

  const lost = started
    .filter((d) => d.status === 'in_transit' && !positions[d.id])
    .map((d) => d.id)
    .join(',');
  useEffect(() => {
    if (!lost) return;
    const controller = new AbortController();
    for (const id of lost.split(',')) {
      getDelivery(id, controller.signal)
        .then((d) => {
          if (d.status === 'delivered' || d.status === 'cancelled') setStarted((list) => withStatuses(list, new Map([[id, d.status]])));
        })
        .catch(() => {});
    }
    return () => controller.abort();
  }, [lost]);

  const add = useCallback((delivery: Delivery) => setStarted((list) => [...list, delivery]), []);
  return { started, add };
}

function statusChanges(started: readonly Delivery[], positions: Readonly<Record<string, LivePosition>>) {
  const changes = new Map<string, DeliveryStatus>();
  for (const delivery of started) {
    const position = positions[delivery.id];
    if (delivery.status === 'delivered' || delivery.status === 'cancelled' || !position) continue;
    if (position.finished) changes.set(delivery.id, 'delivered');
    else if (delivery.status === 'requested') changes.set(delivery.id, 'in_transit');
  }
  return changes;
}

function withStatuses(list: readonly Delivery[], changes: ReadonlyMap<string, DeliveryStatus>): readonly Delivery[] {
  return list.map((d) => {
    const status = changes.get(d.id);
    return status ? { ...d, status } : d;
  });
}
