import { useCallback, useState } from 'react';

/**
 * Where an action on one delivery stands: the user is asked to confirm, the request is on its way,
 * the server did it (`done`, with what it answered), or it refused (the problem's `detail`).
 */
export type ConfirmedState<T> =
  | { status: 'confirming' }
  | { status: 'pending' }
  | { status: 'done'; result: T }
  | { status: 'error'; message: string };

export interface ConfirmedActions {
  /** Asks the user to confirm. */
  ask: (deliveryId: string) => void;
  /** Sends the request. */
  confirm: (deliveryId: string) => void;
  /** Drops the question, the error or the result shown. */
  dismiss: (deliveryId: string) => void;
}

export interface ConfirmedRequests<T> extends ConfirmedActions {
  states: ReadonlyMap<string, ConfirmedState<T>>;
}

/**
 * An action that asks first (cancel a delivery, issue a new driver link), each delivery's on its
 * own; `onDone` gets what the server answered.
 */
export function useConfirmedAction<T>(
  request: (deliveryId: string) => Promise<T>,
  onDone?: (result: T) => void,
): ConfirmedRequests<T> {
  const [states, setStates] = useState<ReadonlyMap<string, ConfirmedState<T>>>(new Map());
  const put = useCallback((deliveryId: string, state: ConfirmedState<T> | null) => {
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
      request(deliveryId).then(
        (result) => {
          put(deliveryId, { status: 'done', result });
          onDone?.(result);
        },
        (error: unknown) => put(deliveryId, { status: 'error', message: error instanceof Error ? error.message : String(error) }),
      );
    },
    [put, request, onDone],
  );
  return { states, ask, confirm, dismiss };
}
