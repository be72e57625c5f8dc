import type { RecentDelivery } from '../../../types/recent-delivery';
import type { TrackingMessage } from '../../../lib/tracking-frames';
import {
  initialTrackingState,
  nextExpiryMs,
  trackingReducer,
  type TrackedVehicle,
  type TrackingAction,
  type TrackingState,
} from './tracking-state';


/** What the benchmark and end-to-end tests read (`window.codeDeliveryFleetStats`). */
export interface FleetStats {
  /** Vehicles on the map now (delivered ones still resting included). */
  vehicles: number;
  /** Frames applied (snapshots, positions, removals) since the page opened. */
  updates: number;
  /** When the last frame was applied (epoch ms), 0 before the first. */
  lastUpdateMs: number;
  /** How long applying the last frame took (ms, main thread). */
  lastUpdateCostMs: number;
}

export interface FleetStoreOptions {
  /** How long a delivered vehicle stays on the map at its destination. */
  keepFinishedMs: number;
  /** How many delivered ones the recent list keeps. */
  maxRecent?: number;
  now?: () => number;
}

/**
 * The live fleet, kept outside React so that frames never re-render the page: the reducer's
 * state plus the deliveries seen delivered, with listeners told (synchronously) after each
 * change. The map reads it at frame rate; the panel samples it about once a second.
 */
export class FleetStore {
  private state: TrackingState = initialTrackingState;
  private recent: readonly RecentDelivery[] = [];
  private readonly listeners = new Set<() => void>();
  private expiryTimer: ReturnType<typeof setTimeout> | null = null;
  private expiryAt: number | null = null;
  private readonly options: Required<FleetStoreOptions>;
  readonly stats: FleetStats = { vehicles: 0, updates: 0, lastUpdateMs: 0, lastUpdateCostMs: 0 };

  constructor(options: FleetStoreOptions) {
    this.options = { maxRecent: 1000, now: Date.now, ...options };
  }

  getState = (): TrackingState => this.state;

  /** Delivered deliveries, newest first. */
  getRecent = (): readonly RecentDelivery[] => this.recent;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Applies one frame of the tracking socket. */
  receive(message: TrackingMessage): void {
    switch (message.type) {
      case 'snapshot':
        this.dispatch({ type: 'snapshot', scope: message.scope, positions: message.positions, trails: message.trails });
        return;
      case 'positions':
        this.dispatch({ type: 'positions', positions: message.positions });
        return;
      case 'removed':
        this.dispatch({ type: 'removed', deliveries: message.deliveries, nowMs: this.options.now() });
        return;
      case 'error':
        console.warn('Tracking socket: the server did not understand a message:', message.reason);
    }
  }

  dispatch(action: TrackingAction): void {
    const started = performance.now();
    const before = this.state;
    const after = trackingReducer(before, action);
    if (action.type === 'removed') this.noteDelivered(before, after, action.deliveries.map((d) => d.deliveryId));
    this.stats.updates += 1;
    this.stats.lastUpdateMs = this.options.now();
    if (after === before) {
      this.stats.lastUpdateCostMs = performance.now() - started;
      return;
    }
    this.state = after;
    // Only these change which vehicles rest as delivered (positions never do).
    if (action.type !== 'positions') this.scheduleExpiry();
    this.stats.vehicles = countOf(after);
    for (const listener of this.listeners) listener();
    this.stats.lastUpdateCostMs = performance.now() - started;
  }

  dispose(): void {
    if (this.expiryTimer) clearTimeout(this.expiryTimer);
    this.expiryTimer = null;
    this.listeners.clear();
  }

  private noteDelivered(before: TrackingState, after: TrackingState, ids: readonly string[]): void {
    const added: RecentDelivery[] = [];
    for (const id of ids) {
      const vehicle = after.vehicles[id];
      if (!vehicle?.finished || before.vehicles[id]?.finished !== false) continue;
      added.push(toRecent(vehicle));
    }
    if (added.length === 0) return;
    const known = new Set(added.map((r) => r.deliveryId));
    this.recent = [...added, ...this.recent.filter((r) => !known.has(r.deliveryId))].slice(0, this.options.maxRecent);
  }

  private scheduleExpiry(): void {
    const keep = this.options.keepFinishedMs;
    const at = nextExpiryMs(this.state, keep);
    if (at === this.expiryAt) return;
    if (this.expiryTimer) clearTimeout(this.expiryTimer);
    this.expiryAt = at;
    this.expiryTimer =
      at === null
        ? null
        : setTimeout(() => {
            this.expiryTimer = null;
            this.expiryAt = null;
            this.dispatch({ type: 'expire', nowMs: this.options.now(), keepFinishedMs: keep });
          }, Math.max(0, at - this.options.now()));
  }
}

function toRecent(vehicle: TrackedVehicle): RecentDelivery {
  return {
    deliveryId: vehicle.deliveryId,
    routeId: vehicle.routeId,
    seq: vehicle.seq,
    finishedAtMs: vehicle.finishedAtMs ?? 0,
    firstSeq: vehicle.firstSeq,
    firstEmittedAt: vehicle.firstEmittedAt,
    lastEmittedAt: vehicle.emittedAt,
  };
}

function countOf(state: TrackingState): number {
  let count = 0;
  for (const id in state.vehicles) if (Object.hasOwn(state.vehicles, id)) count += 1;
  return count;
}
