import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../../lib/api-client';
import type { DeviceDelivery } from '../../../types/device-api';
import { getDeviceDelivery } from '../api/get-device-delivery';
import { forgetToken, loadSession, saveSession } from '../utils/driver-link';

export type DriverSessionState =
  | { status: 'no-token' }
  | { status: 'loading' }
  /** 401: the token is unknown or was replaced by a new link. */
  | { status: 'unauthorized' }
  | { status: 'error'; message: string }
  /** `cached`: the server could not be reached; this is the answer kept from before. */
  | { status: 'ready'; session: DeviceDelivery; cached: boolean };

/**
 * `GET /api/device/delivery` with the driver's token. Each answer is kept (localStorage) so that
 * a reload without network drives on from the kept one; an error without a kept answer is
 * retried when the browser comes back online, or by `reload`.
 */
export function useDriverSession(deliveryId: string, token: string | null): { state: DriverSessionState; reload: () => void } {
  const [answer, setAnswer] = useState<{ key: string; state: DriverSessionState } | null>(null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  const key = `${deliveryId}\n${token ?? ''}`;

  useEffect(() => {
    if (!token) return;
    const controller = new AbortController();
    getDeviceDelivery(token, controller.signal).then(
      (session) => {
        saveSession(deliveryId, session);
        setAnswer({ key, state: { status: 'ready', session, cached: false } });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiError && error.status === 401) {
          forgetToken(deliveryId);
          setAnswer({ key, state: { status: 'unauthorized' } });
          return;
        }
        const kept = error instanceof ApiError && (error.status === 0 || error.status >= 500) ? loadSession(deliveryId) : null;
        setAnswer({
          key,
          state: kept ? { status: 'ready', session: kept, cached: true } : { status: 'error', message: error instanceof Error ? error.message : String(error) },
        });
      },
    );
    return () => controller.abort();
  }, [deliveryId, token, key, generation]);

  const state: DriverSessionState = !token ? { status: 'no-token' } : answer?.key === key ? answer.state : { status: 'loading' };
  const failed = state.status === 'error';
  useEffect(() => {
    if (!failed) return;
    window.addEventListener('online', reload);
    return () => window.removeEventListener('online', reload);
  }, [failed, reload]);
  return { state, reload };
}
