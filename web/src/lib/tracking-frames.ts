import type { Position, Removal, RemovalReason, TrackingScope } from '../types/api';
import { parseScope } from './tracking-scope';

/** The viewer protocol version this client reads (`v` of every snapshot). */
export const PROTOCOL_VERSION = 1;

/** Frames the tracking socket hands on (viewer protocol v1), positions already read from their rows. */
export type TrackingMessage =
  /**
   * The latest position of every delivery in `scope` (null when the server's scope was unreadable),
   * and, when the server sent them, the trails driven so far (see {@link SnapshotTrails}).
   */
  | { type: 'snapshot'; scope: TrackingScope | null; positions: Position[]; trails?: SnapshotTrails }
  /** New positions in order per delivery; `coalesced` older ones were left out (0: none). */
  | { type: 'positions'; positions: Position[]; coalesced: number }
  | { type: 'removed'; deliveries: Removal[] }
  /** The server could not understand something the client sent; the scope is unchanged. */
  | { type: 'error'; reason: string };

/** `[lat, lng]`, as the protocol writes a trail's points. */
export type TrailPoint = readonly [number, number];

/**
 * A snapshot's `trails`: per delivery id, the points it drove, oldest first, ending at its latest
 * position; possibly thinned by the server, possibly missing for some (or all) deliveries.
 */
export type SnapshotTrails = Readonly<Record<string, readonly TrailPoint[]>>;

/** Everything `parseFrame` recognises: the messages plus what the socket handles itself. */
export type TrackingFrame =
  | TrackingMessage
  | { type: 'keepalive' }
  /** A snapshot of a protocol version this client cannot read: its rows must not be trusted. */
  | { type: 'unsupported-version'; version: unknown };

const REMOVAL_REASONS: ReadonlySet<string> = new Set<RemovalReason>(['delivered', 'silent', 'left-area', 'cancelled']);

/**
 * Reads one frame of the viewer protocol v1. Malformed frames and unknown types give null;
 * malformed rows and pairs are dropped from otherwise good frames; a snapshot whose `v` is
 * not 1 (or missing) gives `unsupported-version` rather than being read as v1.
 */
export function parseFrame(data: unknown): TrackingFrame | null {
  if (typeof data !== 'string') return null;
  let frame: unknown;
  try {
    frame = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof frame !== 'object' || frame === null || Array.isArray(frame)) return null;
  const body = frame as Record<string, unknown>;
  switch (body.type) {
    case 'snapshot':
      if (body.v !== PROTOCOL_VERSION) return { type: 'unsupported-version', version: body.v };
      if (!Array.isArray(body.positions)) return null;
      return withTrails(
        { type: 'snapshot' as const, scope: parseScope(body.scope), positions: parseRows(body.positions) },
        parseTrails(body.trails),
      );
    case 'positions':
      if (!Array.isArray(body.positions)) return null;
      return { type: 'positions', positions: parseRows(body.positions), coalesced: parseCount(body.coalesced) };
    case 'removed':
      if (!Array.isArray(body.deliveries)) return null;
      return { type: 'removed', deliveries: parseRemovals(body.deliveries) };
    case 'keepalive':
      return { type: 'keepalive' };
    case 'error':
      return { type: 'error', reason: typeof body.reason === 'string' ? body.reason : '' };
    default:
      return null;
  }
}

function withTrails<T extends object>(snapshot: T, trails: SnapshotTrails | null): T & { trails?: SnapshotTrails } {
  return trails ? { ...snapshot, trails } : snapshot;
}

/**
 * `{"<deliveryId>": [[lat, lng], ...]}`; null when absent or not an object. Points off the globe
 * or of the wrong shape are dropped; a delivery left without points is left out.
 */
export function parseTrails(value: unknown): SnapshotTrails | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const trails: Record<string, TrailPoint[]> = {};
  for (const [deliveryId, points] of Object.entries(value as Record<string, unknown>)) {
    if (deliveryId === '' || !Array.isArray(points)) continue;
    const valid: TrailPoint[] = [];
    for (const point of points as unknown[]) {
      if (!Array.isArray(point) || point.length < 2) continue;
      const [lat, lng] = point as unknown[];
      if (typeof lat !== 'number' || !(lat >= -90 && lat <= 90)) continue;
      if (typeof lng !== 'number' || !(lng >= -180 && lng <= 180)) continue;
      valid.push([lat, lng]);
    }
    if (valid.length > 0) trails[deliveryId] = valid;
  }
  return trails;
}

function parseRows(rows: readonly unknown[]): Position[] {
  const positions: Position[] = [];
  for (const row of rows) {
    const position = parseRow(row);
    if (position) positions.push(position);
  }
  return positions;
}

/** `[deliveryId, routeId, seq, lat, lng, emittedAt]`; columns after these are ignored. */
export function parseRow(row: unknown): Position | null {
  if (!Array.isArray(row) || row.length < 6) return null;
  const [deliveryId, routeId, seq, lat, lng, emittedAt] = row as unknown[];
  if (typeof deliveryId !== 'string' || deliveryId === '') return null;
  if (typeof routeId !== 'string' || routeId === '') return null;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0) return null;
  if (typeof lat !== 'number' || !(lat >= -90 && lat <= 90)) return null;
  if (typeof lng !== 'number' || !(lng >= -180 && lng <= 180)) return null;
  if (typeof emittedAt !== 'number' || !Number.isFinite(emittedAt)) return null;
  return { deliveryId, routeId, seq, lat, lng, emittedAt };
}

function parseRemovals(pairs: readonly unknown[]): Removal[] {
  const removals: Removal[] = [];
  for (const pair of pairs) {
    if (!Array.isArray(pair) || pair.length < 2) continue;
    const [deliveryId, reason] = pair as unknown[];
    if (typeof deliveryId !== 'string' || deliveryId === '' || typeof reason !== 'string') continue;
    removals.push({ deliveryId, reason: REMOVAL_REASONS.has(reason) ? (reason as RemovalReason) : 'unknown' });
  }
  return removals;
}

function parseCount(value: unknown): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : 0;
}
