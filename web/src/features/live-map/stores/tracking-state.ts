import { scopeContains } from '../../../lib/tracking-scope';
import type { Position, Removal, TrackingScope } from '../../../types/api';

/**
 * The latest known position of one delivery. `finished`: it was delivered at this position
 * (a `removed` with reason `delivered` came after it), at `finishedAtMs` (client clock).
 */
export interface TrackedVehicle extends Position {
  finished: boolean;
  finishedAtMs: number | null;
}

export interface TrackingState {
  vehicles: Readonly<Record<string, TrackedVehicle>>;
}

export type TrackingAction =
  | { type: 'snapshot'; scope: TrackingScope | null; positions: readonly Position[] }
  | { type: 'positions'; positions: readonly Position[] }
  | { type: 'removed'; deliveries: readonly Removal[]; nowMs: number }
  | { type: 'expire'; nowMs: number; keepFinishedMs: number }
  /** Forget everything (e.g. the server speaks a protocol version this client cannot read). */
  | { type: 'clear' };

export const initialTrackingState: TrackingState = { vehicles: {} };

/**
 * Live tracking state. Positions of one delivery only move forward: anything with a
 * seq at or below the highest seen is a duplicate (e.g. replayed after a reconnect).
 * A delivery removed as `delivered` stays at its last position until `expire` removes it;
 * one removed for any other reason (silent, left the area, cancelled) goes at once.
 * A snapshot (sent on every (re)connect and scope change) replaces the in-flight set;
 * delivered vehicles already shown are kept, if inside the snapshot's scope, so their
 * "delivered" state stays visible.
 */
export function trackingReducer(state: TrackingState, action: TrackingAction): TrackingState {
  switch (action.type) {
    case 'snapshot':
      return applySnapshot(state, action.scope, action.positions);
    case 'positions':
      return applyPositions(state, action.positions);
    case 'removed':
      return applyRemovals(state, action.deliveries, action.nowMs);
    case 'expire':
      return expireFinished(state, action.nowMs - action.keepFinishedMs);
    case 'clear':
      return Object.keys(state.vehicles).length === 0 ? state : initialTrackingState;
  }
}

function applySnapshot(
  state: TrackingState,
  scope: TrackingScope | null,
  positions: readonly Position[],
): TrackingState {
  const vehicles: Record<string, TrackedVehicle> = {};
  for (const vehicle of Object.values(state.vehicles)) {
    if (vehicle.finished && (scope === null || scopeContains(scope, vehicle))) vehicles[vehicle.deliveryId] = vehicle;
  }
  for (const position of positions) {
    const known = state.vehicles[position.deliveryId];
    const current = vehicles[position.deliveryId];
    if (current && current.seq >= position.seq) continue;
    // Never move a vehicle backwards, even if the snapshot lags what this page has seen.
    vehicles[position.deliveryId] = known && known.seq > position.seq ? known : toVehicle(position);
  }
  return { vehicles };
}

function applyPositions(state: TrackingState, positions: readonly Position[]): TrackingState {
  let vehicles: Record<string, TrackedVehicle> | null = null;
  for (const position of positions) {
    const current = (vehicles ?? state.vehicles)[position.deliveryId];
    if (current && (position.seq <= current.seq || current.finished)) continue;
    vehicles ??= { ...state.vehicles };
    vehicles[position.deliveryId] = toVehicle(position);
  }
  return vehicles ? { vehicles } : state;
}

function applyRemovals(state: TrackingState, removals: readonly Removal[], nowMs: number): TrackingState {
  let vehicles: Record<string, TrackedVehicle> | null = null;
  for (const { deliveryId, reason } of removals) {
    const current = (vehicles ?? state.vehicles)[deliveryId];
    if (!current || (reason === 'delivered' && current.finished)) continue;
    vehicles ??= { ...state.vehicles };
    // Delivered: the vehicle rests at its final position (the last one sent) for a while.
    if (reason === 'delivered') vehicles[deliveryId] = { ...current, finished: true, finishedAtMs: nowMs };
    else delete vehicles[deliveryId];
  }
  return vehicles ? { vehicles } : state;
}

function expireFinished(state: TrackingState, finishedBeforeMs: number): TrackingState {
  const expired = Object.values(state.vehicles).filter(
    (v) => v.finishedAtMs !== null && v.finishedAtMs <= finishedBeforeMs,
  );
  if (expired.length === 0) return state;
  const vehicles = { ...state.vehicles };
  for (const vehicle of expired) delete vehicles[vehicle.deliveryId];
  return { vehicles };
}

function toVehicle(position: Position): TrackedVehicle {
  return { ...position, finished: false, finishedAtMs: null };
}

/** The earliest time (client clock) at which `expire` would remove something, or null. */
export function nextExpiryMs(state: TrackingState, keepFinishedMs: number): number | null {
  let next: number | null = null;
  for (const vehicle of Object.values(state.vehicles)) {
    if (vehicle.finishedAtMs === null) continue;
    const at = vehicle.finishedAtMs + keepFinishedMs;
    if (next === null || at < next) next = at;
  }
  return next;
}
