/** Shapes of the backend's REST and WebSocket payloads (see docs of the backend contract). */

import type { components } from './openapi';

/*
 * REST payloads: aliases of the types generated from the backend's OpenAPI description
 * (docs/openapi.json; `npm run types` regenerates ./openapi.d.ts). The WebSocket payloads further
 * down are not REST and stay written by hand (docs/api.md, "WebSocket: /ws").
 */
type Schemas = components['schemas'];

export type LatLng = Schemas['GeoPoint'];

/** GeoJSON LineString: coordinates in [lng, lat] order. */
export type LineString = Schemas['LineString'];

export type Route = Schemas['Route'];

/** `cancelled`: stopped before it was delivered (`POST /api/deliveries/{id}/cancel`). */
export type DeliveryStatus = Schemas['Delivery']['status'];

/**
 * `startedAt` is null until the first position was seen, `deliveredAt` until the last,
 * `cancelledAt` unless it was cancelled; `durationSeconds` (start to delivery or cancellation) and
 * `drivenMeters` are null until known.
 */
export type Delivery = Schemas['Delivery'];

/** One page of the delivery history (`GET /api/deliveries`): `page` from 0, `total` every match. */
export type DeliveryPage = Schemas['DeliveryPage'];

/** `mapStyleUrl` null: the built-in basemap style. */
export type AppConfig = Schemas['AppConfig'];

/** A route to add (`POST /api/routes`) and a delivery to start (`POST /api/deliveries`). */
export type NewRoute = Schemas['NewRoute'];
export type NewDelivery = Schemas['NewDelivery'];

/** Every error answer (application/problem+json). */
export type Problem = Schemas['Problem'];

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

/** Who the app talks to (`GET /api/session`): the security mode and the signed-in user, if any. */
export type Session = Schemas['Session'];
export type SessionUser = Schemas['SessionUser'];
export type SignIn = Schemas['SignIn'];

/** A customer's link to follow one delivery (`POST /api/deliveries/{id}/tracking-link`). */
export type TrackingLink = Schemas['TrackingLink'];
