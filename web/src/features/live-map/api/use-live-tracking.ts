import { useEffect, useReducer, useRef, useState } from 'react';
import { env } from '../../../config/env';
import { FLEET_SCOPE } from '../../../lib/tracking-scope';
import type { TrackingMessage } from '../../../lib/tracking-frames';
import { TrackingSocket, type SocketStatus } from '../../../lib/tracking-socket';
import type { TrackingScope } from '../../../types/api';
import {
  initialTrackingState,
  nextExpiryMs,
  trackingReducer,
  type TrackingAction,
  type TrackingState,
} from '../stores/tracking-state';

/** How long a delivered vehicle stays on the map at its destination. */
export const KEEP_FINISHED_MS = 10_000;

/**
 * Subscribes to the tracking socket for the component's lifetime, in `scope` (default:
 * the whole fleet). A new scope is sent on the open socket, no reconnect; the snapshot
 * that answers it replaces the vehicles.
 */
export function useLiveTracking(
  scope: TrackingScope = FLEET_SCOPE,
  url: string = env.trackingSocketUrl,
): TrackingState & { status: SocketStatus } {
  const [state, dispatch] = useReducer(trackingReducer, initialTrackingState);
  const [status, setStatus] = useState<SocketStatus>('connecting');
  const socketRef = useRef<TrackingSocket | null>(null);
  const scopeRef = useRef(scope);

  useEffect(() => {
    const socket = new TrackingSocket({
      url,
      scope: scopeRef.current,
      onMessage: (message) => {
        const action = toAction(message, Date.now());
        if (action) dispatch(action);
      },
      onStatus: (next) => {
        setStatus(next);
        // Nothing read so far can be trusted against a server of another protocol version.
        if (next === 'incompatible') dispatch({ type: 'clear' });
      },
    });
    socketRef.current = socket;
    socket.start();
    return () => {
      socket.stop();
      if (socketRef.current === socket) socketRef.current = null;
    };
  }, [url]);

  useEffect(() => {
    scopeRef.current = scope;
    socketRef.current?.subscribe(scope); // no-op while the scope is equal
  }, [scope]);

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

function toAction(message: TrackingMessage, nowMs: number): TrackingAction | null {
  switch (message.type) {
    case 'snapshot':
      return { type: 'snapshot', scope: message.scope, positions: message.positions };
    case 'positions':
      return { type: 'positions', positions: message.positions };
    case 'removed':
      return { type: 'removed', deliveries: message.deliveries, nowMs };
    case 'error':
      console.warn('Tracking socket: the server did not understand a message:', message.reason);
      return null;
  }
}
