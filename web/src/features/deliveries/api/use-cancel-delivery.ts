import { useCallback, useState } from 'react';
import { cancelDelivery } from './cancel-delivery';
import type { DeliveryRecord } from './delivery-record';

/**
 * Where the cancellation of one delivery stands: the user is asked to confirm, the request is on
 * its way, the server cancelled it (`done`), or it refused (the problem's `detail`).
 */
export type CancelState =
  | { status: 'confirming' }
  | { status: 'pending' }
  | { status: 'done' }
  | { status: 'error'; message: string };

export interface CancelActions {
  /** Asks the user to confirm. */
  ask: (deliveryId: string) => void;
  /** Sends the cancellation. */
  confirm: (deliveryId: string) => void;
  /** Drops the question or the error. */
  dismiss: (deliveryId: string) => void;
}

export interface DeliveryCancels extends CancelActions {
  states: ReadonlyMap<string, CancelState>;
}

/**
 * Cancelling deliveries (`POST /api/deliveries/{id}/cancel`) after a confirmation, each on its
 * own. `onCancelled` gets the record the server answered.
 */
export function useCancelDelivery(onCancelled?: (record: DeliveryRecord) => void): DeliveryCancels {
  const [states, setStates] = useState<ReadonlyMap<string, CancelState>>(new Map());
  const put = useCallback((deliveryId: string, state: CancelState | null) => {
    setStates((previous) => {
      const next = new Map(previous);
      if (state) next.set(deliveryId, state);
      else next.delete(deliveryId);
      return next;
    });
  }, []);

  const ask = useCallback((deliveryId: string) => put(deliveryId, { status: 'confirming' }), [put]);
  const dismiss = useCallback((deliveryId: string) => put(deliveryId, null), [put]);
  const confirm = useCallback(
    (deliveryId: string) => {
      put(deliveryId, { status: 'pending' });
      cancelDelivery(deliveryId).then(
        (record) => {
          put(deliveryId, { status: 'done' });
          onCancelled?.(record);
        },
        (error: unknown) => put(deliveryId, { status: 'error', message: error instanceof Error ? error.message : String(error) }),
      );
    },
    [put, onCancelled],
  );
  return { states, ask, confirm, dismiss };
}
