import { useEffect, useRef, useState } from 'react';
import { env } from '../../../config/env';
import { FLEET_SCOPE } from '../../../lib/tracking-scope';
import { TrackingSocket, type SocketStatus } from '../../../lib/tracking-socket';
import type { TrackingScope } from '../../../types/api';
import type { RecentDelivery } from '../../../types/recent-delivery';
import { FleetStore, type FleetStats } from '../stores/fleet-store';
import type { TrackingState } from '../stores/tracking-state';

/** How long a delivered vehicle stays on the map at its destination. */
export const KEEP_FINISHED_MS = 10_000;

declare global {
  interface Window {
    /**
     * Test/debug hook: `{ vehicles, updates, lastUpdateMs, lastUpdateCostMs }` of the live map
     * page's fleet, kept up to date in place (see web/README.md, "Live map").
     */
    codeDeliveryFleetStats?: FleetStats;
  }
}

/**
 * Subscribes to the tracking socket for the component's lifetime, in `scope` (default: the
 * whole fleet), into a {@link FleetStore} kept outside React: frames do not re-render the
 * caller. A new scope is sent on the open socket, no reconnect; the snapshot that answers it
 * replaces the vehicles. Only the connection status is React state.
 */
export function useLiveTracking(
  scope: TrackingScope = FLEET_SCOPE,
  url: string = env.trackingSocketUrl,
): { store: FleetStore; status: SocketStatus } {
  const [store] = useState(() => new FleetStore({ keepFinishedMs: KEEP_FINISHED_MS }));
  const [status, setStatus] = useState<SocketStatus>('connecting');
  const socketRef = useRef<TrackingSocket | null>(null);
  const scopeRef = useRef(scope);

  useEffect(() => {
    const socket = new TrackingSocket({
      url,
      scope: scopeRef.current,
      onMessage: (message) => store.receive(message),
      onStatus: (next) => {
        setStatus(next);
        // Nothing read so far can be trusted against a server of another protocol version.
        if (next === 'incompatible') store.dispatch({ type: 'clear' });
      },
    });
    socketRef.current = socket;
    socket.start();
    window.codeDeliveryFleetStats = store.stats;
    return () => {
      socket.stop();
      if (socketRef.current === socket) socketRef.current = null;
      if (window.codeDeliveryFleetStats === store.stats) delete window.codeDeliveryFleetStats;
    };
  }, [url, store]);

  useEffect(() => {
    scopeRef.current = scope;
    socketRef.current?.subscribe(scope); // no-op while the scope is equal
  }, [scope]);

  useEffect(() => () => store.dispose(), [store]);
  return { store, status };
}

export interface FleetSnapshot {
  state: TrackingState;
  recent: readonly RecentDelivery[];
  /** When it was taken (epoch ms): the clock ETAs are added to. */
  atMs: number;
}

/**
 * The store's state for React, at most once per `intervalMs` (the first change at once, the
 * last one always): the panel and the scene's lines refresh at this pace while the map's
 * vehicles follow the store at frame rate.
 */
export function useFleetSnapshot(store: FleetStore, intervalMs = 1000): FleetSnapshot {
  const [snapshot, setSnapshot] = useState<FleetSnapshot>(() => ({ state: store.getState(), recent: store.getRecent(), atMs: Date.now() }));
  useEffect(() => {
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const flush = () => {
      timer = null;
      last = Date.now();
      setSnapshot((previous) => {
        const state = store.getState();
        const recent = store.getRecent();
        return previous.state === state && previous.recent === recent ? previous : { state, recent, atMs: last };
      });
    };
    const changed = () => {
      if (timer) return;
      const wait = last + intervalMs - Date.now();
      if (wait <= 0) flush();
      else timer = setTimeout(flush, wait);
    };
    flush();
    const unsubscribe = store.subscribe(changed);
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [store, intervalMs]);
  return snapshot;
}
