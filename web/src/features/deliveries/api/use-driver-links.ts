import { useCallback, useState } from 'react';
import type { DeviceLink } from '../../../types/device-api';
import { issueDeviceToken } from './issue-device-token';

/**
 * Where a new driver link for one device delivery stands: the user is asked to confirm (the
 * current link stops working), the request is on its way, the server issued it (the link to hand
 * over), or it refused (the problem's `detail`, e.g. 409 when the delivery ended meanwhile).
 */
export type DriverLinkState =
  | { status: 'confirming' }
  | { status: 'pending' }
  | { status: 'issued'; link: DeviceLink }
  | { status: 'error'; message: string };

export interface DriverLinkActions {
  /** Asks the user to confirm. */
  ask: (deliveryId: string) => void;
  /** Asks the server for a new link. */
  confirm: (deliveryId: string) => void;
  /** Drops the question, the error or the link shown. */
  dismiss: (deliveryId: string) => void;
}

export interface DriverLinks extends DriverLinkActions {
  states: ReadonlyMap<string, DriverLinkState>;
}

/** New driver links for device deliveries (`POST /api/deliveries/{id}/device-token`) after a confirmation, each on its own. */
export function useDriverLinks(): DriverLinks {
  const [states, setStates] = useState<ReadonlyMap<string, DriverLinkState>>(new Map());
  const put = useCallback((deliveryId: string, state: DriverLinkState | null) => {
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
      issueDeviceToken(deliveryId).then(
        (link) => put(deliveryId, { status: 'issued', link }),
        (error: unknown) => put(deliveryId, { status: 'error', message: error instanceof Error ? error.message : String(error) }),
      );
    },
    [put],
  );
  return { states, ask, confirm, dismiss };
}
