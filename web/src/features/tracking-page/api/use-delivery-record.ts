import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../../lib/api-client';
import type { Route } from '../../../types/api';
import { isDeliveryId } from '../utils/tracking-link';
import { getRoute } from './get-route';
import { getTrackedDelivery, type DeliveryRecord } from './get-tracked-delivery';

export type DeliveryRecordState =
  /** The id cannot be a delivery's: nothing was asked. */
  | { status: 'invalid' }
  | { status: 'loading' }
  /** 404: no such delivery. */
  | { status: 'not-found' }
  /** 401 or 403: the tracking link is not valid, has expired, or opens another delivery (or no one is signed in). */
  | { status: 'denied' }
  | { status: 'error'; message: string }
  /** The delivery and its route (null if the route could not be read: the page still tracks). */
  | { status: 'ready'; delivery: DeliveryRecord; route: Route | null };

type Answer = { id: string; state: DeliveryRecordState };

/**
 * The delivery (`GET /api/deliveries/{id}`) and its route (`GET /api/routes/{id}`). `reload`
 * asks again (e.g. when the vehicle left the live feed without being seen delivered); while a
 * delivery is shown, a failed reload keeps it.
 */
export function useDeliveryRecord(deliveryId: string): { state: DeliveryRecordState; reload: () => void } {
  const valid = isDeliveryId(deliveryId);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (!valid) return;
    const controller = new AbortController();
    const { signal } = controller;
    const settle = (state: DeliveryRecordState) =>
      setAnswer((previous) =>
        state.status !== 'ready' && previous?.id === deliveryId && previous.state.status === 'ready'
          ? previous
          : { id: deliveryId, state },
      );
    (async () => {
      try {
        const delivery = await getTrackedDelivery(deliveryId, signal);
        const route = await getRoute(delivery.routeId, signal).catch((error: unknown) => {
          if (signal.aborted) throw error;
          return null;
        });
        settle({ status: 'ready', delivery, route });
      } catch (error) {
        if (signal.aborted) return;
        if (error instanceof ApiError && error.status === 404) settle({ status: 'not-found' });
        else if (error instanceof ApiError && (error.status === 401 || error.status === 403)) settle({ status: 'denied' });
        else settle({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    })();
    return () => controller.abort();
  }, [deliveryId, valid, generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  if (!valid) return { state: { status: 'invalid' }, reload };
  return { state: answer?.id === deliveryId ? answer.state : { status: 'loading' }, reload };
}
