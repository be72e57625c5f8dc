import type { TrackingScope } from '../types/api';

/** Every delivery in flight: the dispatcher's view, and what a viewer gets unless it says otherwise. */
export const FLEET_SCOPE: TrackingScope = Object.freeze({ kind: 'fleet' });

/** The longest delivery id a delivery scope may name (the server refuses longer ones). */
export const MAX_DELIVERY_ID_LENGTH = 200;

/** Reads a scope as the protocol writes it (`{"kind":"area","bbox":[w,s,e,n]}`, ...); null when it is not one. */
export function parseScope(value: unknown): TrackingScope | null {
  if (typeof value !== 'object' || value === null) return null;
  const { kind, deliveryId, bbox } = value as { kind?: unknown; deliveryId?: unknown; bbox?: unknown };
  if (kind === 'fleet') return { kind };
  if (kind === 'delivery' && isDeliveryId(deliveryId)) return { kind, deliveryId };
  if (kind === 'area' && isBbox(bbox)) return { kind, bbox: [bbox[0], bbox[1], bbox[2], bbox[3]] };
  return null;
}

/** Throws for a scope the server would refuse (a blank or over-long delivery id, a box off the globe or upside down). */
export function requireValidScope(scope: TrackingScope): TrackingScope {
  if (parseScope(scope) === null) throw new RangeError(`Invalid tracking scope: ${JSON.stringify(scope)}`);
  return scope;
}

function isDeliveryId(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && value.length <= MAX_DELIVERY_ID_LENGTH;
}

function isBbox(value: unknown): value is [number, number, number, number] {
  if (!Array.isArray(value) || value.length !== 4) return false;
  if (!value.every((n) => typeof n === 'number' && Number.isFinite(n))) return false;
  const [west, south, east, north] = value as number[];
  const lng = (n: number) => n >= -180 && n <= 180;
  const lat = (n: number) => n >= -90 && n <= 90;
  return lng(west!) && lng(east!) && lat(south!) && lat(north!) && south! <= north!;
}

/** The scope as the client sends it in `subscribe` (exactly the protocol's keys). */
export function scopeToWire(scope: TrackingScope): TrackingScope {
  switch (scope.kind) {
    case 'fleet':
      return { kind: 'fleet' };
    case 'delivery':
      return { kind: 'delivery', deliveryId: scope.deliveryId };
    case 'area':
      return { kind: 'area', bbox: [...scope.bbox] as [number, number, number, number] };
  }
}

/** A string that is equal for equal scopes. */
export function scopeKey(scope: TrackingScope): string {
  return JSON.stringify(scopeToWire(scope));
}

export function sameScope(a: TrackingScope, b: TrackingScope): boolean {
  return scopeKey(a) === scopeKey(b);
}

/**
 * The socket URL for connecting straight into a scope: `/ws` (fleet), `/ws?delivery=ID`,
 * `/ws?bbox=w,s,e,n`. Any `delivery`/`bbox` already on `baseUrl` is replaced.
 */
export function scopeUrl(baseUrl: string, scope: TrackingScope): string {
  const hashAt = baseUrl.indexOf('#');
  const withoutHash = hashAt < 0 ? baseUrl : baseUrl.slice(0, hashAt);
  const queryAt = withoutHash.indexOf('?');
  const path = queryAt < 0 ? withoutHash : withoutHash.slice(0, queryAt);
  const params = (queryAt < 0 ? '' : withoutHash.slice(queryAt + 1))
    .split('&')
    .filter((param) => param !== '' && !/^(delivery|bbox)(=|$)/.test(param));
  if (scope.kind === 'delivery') params.push(`delivery=${encodeURIComponent(scope.deliveryId)}`);
  // Commas stay literal: the protocol writes the box as `bbox={west},{south},{east},{north}`.
  if (scope.kind === 'area') params.push(`bbox=${scope.bbox.join(',')}`);
  return params.length === 0 ? path : `${path}?${params.join('&')}`;
}

/** Whether a vehicle at this position belongs to the scope (an area includes its edges). */
export function scopeContains(scope: TrackingScope, position: { deliveryId: string; lat: number; lng: number }): boolean {
  switch (scope.kind) {
    case 'fleet':
      return true;
    case 'delivery':
      return scope.deliveryId === position.deliveryId;
    case 'area': {
      const [west, south, east, north] = scope.bbox;
      if (position.lat < south || position.lat > north) return false;
      return west <= east
        ? position.lng >= west && position.lng <= east
        : position.lng >= west || position.lng <= east;
    }
  }
}
