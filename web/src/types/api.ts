/** Shapes of the backend's REST and WebSocket payloads (see docs of the backend contract). */

export interface LatLng {
  lat: number;
  lng: number;
}

/** GeoJSON LineString: coordinates in [lng, lat] order. */
export interface LineString {
  type: 'LineString';
  coordinates: [number, number][];
}

export interface Route {
  id: string;
  title: string;
  start: LatLng;
  end: LatLng;
  geometry: LineString;
}

export type DeliveryStatus = 'requested' | 'in_transit' | 'delivered';

export interface Delivery {
  id: string;
  routeId: string;
  status: DeliveryStatus;
  requestedAt: string;
}

export interface AppConfig {
  mapStyleUrl: string | null;
}

/**
 * One vehicle position of one delivery; `seq` counts 0, 1, 2, ... per delivery. On the
 * tracking socket (viewer protocol v1) it travels as the row
 * `[deliveryId, routeId, seq, lat, lng, emittedAt]`.
 */
export interface Position {
  deliveryId: string;
  routeId: string;
  seq: number;
  lat: number;
  lng: number;
  /** When the vehicle reported it: epoch milliseconds, the vehicle's clock. */
  emittedAt: number;
}

/** What a tracking socket viewer subscribes to (viewer protocol v1). */
export type TrackingScope =
  | { kind: 'fleet' }
  | { kind: 'delivery'; deliveryId: string }
  /** Degrees, `[west, south, east, north]`; `west > east` crosses the antimeridian. */
  | { kind: 'area'; bbox: readonly [number, number, number, number] };

/**
 * Why a delivery left the viewer's scope. `delivered`: its final position was the last one
 * sent. `unknown` stands for a reason this client does not know (a later addition): the
 * delivery left the scope all the same.
 */
export type RemovalReason = 'delivered' | 'silent' | 'left-area' | 'cancelled' | 'unknown';

export interface Removal {
  deliveryId: string;
  reason: RemovalReason;
}
