/**
 * The "driver's phone" parts of the REST API: aliases of the types generated from the backend's
 * OpenAPI description (./openapi.d.ts, `npm run types`), named as the web app uses them.
 */
import type { components } from './openapi';

type Schemas = components['schemas'];

/** Who drives a delivery: the simulator (default) or a phone reporting its GPS positions. */
export type DriverKind = Schemas['Delivery']['driver'];

/** The driver's key: `driverPath` is `/drive/{deliveryId}#token={token}`. */
export type DeviceLink = Schemas['DeviceLink'];

/** `POST /api/deliveries` body as this app sends it: `driver` left out for the simulator (its default). */
export type NewDeliveryRequest = Pick<Schemas['NewDelivery'], 'routeId'> & { driver?: DriverKind };

/**
 * A delivery as `POST /api/deliveries` answers it: `device` only in the answer that created a
 * device delivery (not in an Idempotency-Key replay: the server keeps the token hashed).
 */
export type StartedDelivery = Schemas['Delivery'];

/**
 * `GET /api/device/delivery` (authorised by the token): the delivery, its route (`path`,
 * `[lng, lat]` points), the last seq the server has (-1: none) and how near the route's last
 * point a finished position must be (`arrivalMeters`).
 */
export type DeviceDelivery = Schemas['DeviceDelivery'];

/** One position a phone reports; `finished` only on the delivery's last one; `at` an ISO instant. */
export type DevicePosition = Schemas['DevicePosition'];

/** `POST /api/device/positions` 200 answer: the last seq the server has, and the delivery's status. */
export type PositionsAccepted = Schemas['DeviceReportAnswer'];
