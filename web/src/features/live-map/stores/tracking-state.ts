import type { SnapshotTrails } from '../../../lib/tracking-frames';
import { scopeContains } from '../../../lib/tracking-scope';
import type { Position, Removal, TrackingScope } from '../../../types/api';
import { headingAfter, headingOfTrail } from '../utils/heading';
import { planarDistance } from '../utils/planar';
import { appendToTrail, lastPoint, trailFrom, trailPoints, type LngLat, type Trail } from '../utils/trail';

/**
 * The latest known position of one delivery, with what the page learnt along the way.
 * `finished`: it was delivered at this position (a `removed` with reason `delivered` came
 * after it), at `finishedAtMs` (client clock).
 */
export interface TrackedVehicle extends Position {
  finished: boolean;
  finishedAtMs: number | null;
  /** The line driven so far ([lng, lat], oldest first, bounded): the snapshot's trail, then every position. */
  trail: Trail;
  /** Degrees clockwise from north, from the last two distinct positions; null until it moved. */
  headingDeg: number | null;
  /** Metres per second, smoothed over the last positions; null until two positions were seen. */
  speedMps: number | null;
  /** The first position this page saw of it (seq 0: the page saw it start). */
  firstSeq: number;
  firstEmittedAt: number;
}

export interface TrackingState {
  vehicles: Readonly<Record<string, TrackedVehicle>>;
  /** Deliveries that ended (delivered or cancelled), newest last: nothing of theirs is shown again. */
  ended: ReadonlySet<string>;
}

export type TrackingAction =
  | { type: 'snapshot'; scope: TrackingScope | null; positions: readonly Position[]; trails?: SnapshotTrails | undefined }
  | { type: 'positions'; positions: readonly Position[] }
  | { type: 'removed'; deliveries: readonly Removal[]; nowMs: number }
  | { type: 'expire'; nowMs: number; keepFinishedMs: number }
  /** Forget everything (e.g. the server speaks a protocol version this client cannot read). */
  | { type: 'clear' };

export const initialTrackingState: TrackingState = { vehicles: {}, ended: new Set() };

/** How many ended deliveries are remembered (to keep late frames from bringing back a ghost). */
export const MAX_ENDED = 5000;
/** Speeds above this (m/s, ~250 km/h) are a glitch (e.g. a jump after a gap), not a vehicle. */
const MAX_PLAUSIBLE_SPEED = 70;
/** Weight of the newest speed sample. */
const SPEED_SMOOTHING = 0.4;

/**
 * Live tracking state. Positions of one delivery only move forward: anything with a
 * seq at or below the highest seen is a duplicate (e.g. replayed after a reconnect).
 * A delivery removed as `delivered` stays at its last position until `expire` removes it;
 * one removed for any other reason (silent, left the area, cancelled) goes at once.
 * Delivered and cancelled ones are remembered as ended: no later frame brings them back.
 * A snapshot (sent on every (re)connect and scope change) replaces the in-flight set;
 * delivered vehicles already shown are kept, if inside the snapshot's scope, so their
 * "delivered" state stays visible. Trails start from the snapshot's (when the page has none
 * of its own) and grow with every position.
 */
export function trackingReducer(state: TrackingState, action: TrackingAction): TrackingState {
  switch (action.type) {
    case 'snapshot':
      return applySnapshot(state, action.scope, action.positions, action.trails);
    case 'positions':
      return applyPositions(state, action.positions);
    case 'removed':
      return applyRemovals(state, action.deliveries, action.nowMs);
    case 'expire':
      return expireFinished(state, action.nowMs - action.keepFinishedMs);
    case 'clear':
      return Object.keys(state.vehicles).length === 0 && state.ended.size === 0 ? state : initialTrackingState;
  }
}

function applySnapshot(
  state: TrackingState,
  scope: TrackingScope | null,
  positions: readonly Position[],
  trails: SnapshotTrails | undefined,
): TrackingState {
  const vehicles: Record<string, TrackedVehicle> = {};
  for (const vehicle of Object.values(state.vehicles)) {
    if (vehicle.finished && (scope === null || scopeContains(scope, vehicle))) vehicles[vehicle.deliveryId] = vehicle;
  }
  for (const position of positions) {
    if (state.ended.has(position.deliveryId)) continue;
    const current = vehicles[position.deliveryId];
    if (current && current.seq >= position.seq) continue;
    const known = state.vehicles[position.deliveryId];
    // Never move a vehicle backwards, even if the snapshot lags what this page has seen.
    if (known && known.seq >= position.seq) vehicles[position.deliveryId] = known;
    else if (known) vehicles[position.deliveryId] = advance(known, position);
    else vehicles[position.deliveryId] = fromSnapshot(position, trails?.[position.deliveryId]);
  }
  return { vehicles, ended: state.ended };
}

function applyPositions(state: TrackingState, positions: readonly Position[]): TrackingState {
  let vehicles: Record<string, TrackedVehicle> | null = null;
  for (const position of positions) {
    const current = (vehicles ?? state.vehicles)[position.deliveryId];
    if (current && (position.seq <= current.seq || current.finished)) continue;
    if (!current && state.ended.has(position.deliveryId)) continue;
    vehicles ??= { ...state.vehicles };
    vehicles[position.deliveryId] = current ? advance(current, position) : fromSnapshot(position, undefined);
  }
  return vehicles ? { vehicles, ended: state.ended } : state;
}

function applyRemovals(state: TrackingState, removals: readonly Removal[], nowMs: number): TrackingState {
  let vehicles: Record<string, TrackedVehicle> | null = null;
  let ended: Set<string> | null = null;
  for (const { deliveryId, reason } of removals) {
    if ((reason === 'delivered' || reason === 'cancelled') && !state.ended.has(deliveryId) && !ended?.has(deliveryId)) {
      ended ??= new Set(state.ended);
      ended.add(deliveryId);
    }
    const current = (vehicles ?? state.vehicles)[deliveryId];
    if (!current || (reason === 'delivered' && current.finished)) continue;
    vehicles ??= { ...state.vehicles };
    // Delivered: the vehicle rests at its final position (the last one sent) for a while.
    if (reason === 'delivered') vehicles[deliveryId] = { ...current, finished: true, finishedAtMs: nowMs };
    else delete vehicles[deliveryId];
  }
  if (ended && ended.size > MAX_ENDED) {
    const oldest = ended.values();
    while (ended.size > MAX_ENDED) ended.delete(oldest.next().value as string);
  }
  if (!vehicles && !ended) return state;
  return { vehicles: vehicles ?? state.vehicles, ended: ended ?? state.ended };
}

function expireFinished(state: TrackingState, finishedBeforeMs: number): TrackingState {
  const expired = Object.values(state.vehicles).filter(
    (v) => v.finishedAtMs !== null && v.finishedAtMs <= finishedBeforeMs,
  );
  if (expired.length === 0) return state;
  const vehicles = { ...state.vehicles };
  for (const vehicle of expired) delete vehicles[vehicle.deliveryId];
  return { vehicles, ended: state.ended };
}

function firstSeen(position: Position, trail: Trail): TrackedVehicle {
  return vehicle(position, trail, headingOfTrail(trailPoints(trail)), null, position.seq, position.emittedAt);
}

/** Every vehicle object is built here with the same keys in the same order (one hidden class: fast with 10,000 of them). */
function vehicle(
  p: Position,
  trail: Trail,
  headingDeg: number | null,
  speedMps: number | null,
  firstSeq: number,
  firstEmittedAt: number,
): TrackedVehicle {
  return {
    deliveryId: p.deliveryId,
    routeId: p.routeId,
    seq: p.seq,
    lat: p.lat,
    lng: p.lng,
    emittedAt: p.emittedAt,
    finished: false,
    finishedAtMs: null,
    trail,
    headingDeg,
    speedMps,
    firstSeq,
    firstEmittedAt,
  };
}

/** A vehicle seen for the first time: its trail is the snapshot's (if any), ending at this position. */
function fromSnapshot(position: Position, wireTrail: readonly (readonly [number, number])[] | undefined): TrackedVehicle {
  const here: LngLat = [position.lng, position.lat];
  const points: LngLat[] = wireTrail ? wireTrail.map(([lat, lng]) => [lng, lat] as const) : [];
  const trail = appendToTrail(trailFrom(points), here);
  return firstSeen(position, trail);
}

/** The vehicle moved on to `position` (a higher seq). */
function advance(current: TrackedVehicle, position: Position): TrackedVehicle {
  const from = lastPoint(current.trail) ?? ([current.lng, current.lat] as const);
  const to: LngLat = [position.lng, position.lat];
  return vehicle(
    position,
    appendToTrail(current.trail, to),
    headingAfter([current.lng, current.lat], to, current.headingDeg) ?? headingAfter(from, to, null),
    nextSpeed(current, position),
    current.firstSeq,
    current.firstEmittedAt,
  );
}

function nextSpeed(current: TrackedVehicle, position: Position): number | null {
  const seconds = (position.emittedAt - current.emittedAt) / 1000;
  if (!(seconds > 0)) return current.speedMps;
  const speed = planarDistance([current.lng, current.lat], [position.lng, position.lat]) / seconds;
  if (!(speed <= MAX_PLAUSIBLE_SPEED)) return current.speedMps;
  return current.speedMps === null ? speed : current.speedMps + SPEED_SMOOTHING * (speed - current.speedMps);
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
