import type { Position } from '../../../types/api';

/** The latest known position of one delivery, plus when (client clock) it was seen finished. */
export interface TrackedVehicle extends Position {
  finishedAtMs: number | null;
}

export interface TrackingState {
  vehicles: Readonly<Record<string, TrackedVehicle>>;
}

export type TrackingAction =
  | { type: 'snapshot'; positions: readonly Position[]; nowMs: number }
  | { type: 'positions'; positions: readonly Position[]; nowMs: number }
  | { type: 'expire'; nowMs: number; keepFinishedMs: number };

export const initialTrackingState: TrackingState = { vehicles: {} };

/**
 * Live tracking state. Positions of one delivery only move forward: anything with a
 * seq at or below the highest seen is a duplicate (e.g. replayed after a reconnect).
 * A finished delivery stays at its destination until `expire` removes it.
 * A snapshot (sent on every (re)connect) replaces the in-flight set; finished
 * vehicles already shown are kept so their "delivered" state stays visible.
 */
export function trackingReducer(state: TrackingState, action: TrackingAction): TrackingState {
  switch (action.type) {
    case 'snapshot':
      return applySnapshot(state, action.positions, action.nowMs);
    case 'positions':
      return applyPositions(state, action.positions, action.nowMs);
    case 'expire':
      return expireFinished(state, action.nowMs - action.keepFinishedMs);
  }
}

function applySnapshot(state: TrackingState, positions: readonly Position[], nowMs: number): TrackingState {
  const vehicles: Record<string, TrackedVehicle> = {};
  for (const vehicle of Object.values(state.vehicles)) {
    if (vehicle.finished) vehicles[vehicle.deliveryId] = vehicle;
  }
  for (const position of positions) {
    const known = state.vehicles[position.deliveryId];
    const current = vehicles[position.deliveryId];
    if (current && current.seq >= position.seq) continue;
    // Never move a vehicle backwards, even if the snapshot lags what this page has seen.
    vehicles[position.deliveryId] = known && known.seq > position.seq ? known : toVehicle(position, nowMs);
  }
  return { vehicles };
}

function applyPositions(state: TrackingState, positions: readonly Position[], nowMs: number): TrackingState {
  let vehicles: Record<string, TrackedVehicle> | null = null;
  for (const position of positions) {
    const current = (vehicles ?? state.vehicles)[position.deliveryId];
    if (current && (position.seq <= current.seq || current.finished)) continue;
    vehicles ??= { ...state.vehicles };
    vehicles[position.deliveryId] = toVehicle(position, nowMs);
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

function toVehicle(position: Position, nowMs: number): TrackedVehicle {
  return { ...position, finishedAtMs: position.finished ? nowMs : null };
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
