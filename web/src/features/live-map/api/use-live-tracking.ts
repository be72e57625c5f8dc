import { useEffect, useReducer, useState } from 'react';
import { env } from '../../../config/env';
import { TrackingSocket, type SocketStatus } from '../../../lib/tracking-socket';
import { initialTrackingState, nextExpiryMs, trackingReducer, type TrackingState } from '../stores/tracking-state';

/** How long a delivered vehicle stays on the map at its destination. */
export const KEEP_FINISHED_MS = 10_000;

/** Subscribes to the tracking socket for the component's lifetime. */
export function useLiveTracking(url: string = env.trackingSocketUrl): TrackingState & { status: SocketStatus } {
  const [state, dispatch] = useReducer(trackingReducer, initialTrackingState);
  const [status, setStatus] = useState<SocketStatus>('connecting');

  useEffect(() => {
    const socket = new TrackingSocket({
      url,
      onMessage: (message) => dispatch({ type: message.type, positions: message.positions, nowMs: Date.now() }),
      onStatus: setStatus,
    });
    socket.start();
    return () => socket.stop();
  }, [url]);

  const nextExpiry = nextExpiryMs(state, KEEP_FINISHED_MS);
  useEffect(() => {
    if (nextExpiry === null) return;
    const timer = setTimeout(
      () => dispatch({ type: 'expire', nowMs: Date.now(), keepFinishedMs: KEEP_FINISHED_MS }),
      Math.max(0, nextExpiry - Date.now()),
    );
    return () => clearTimeout(timer);
  }, [nextExpiry]);

  return { ...state, status };
}
