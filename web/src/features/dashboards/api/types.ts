/** Payloads of the dashboards API (`GET /api/dashboards/*`, served from the search engine). */

import type { components } from '../../../types/openapi';

/*
 * Aliases of the types generated from the backend's OpenAPI description (docs/openapi.json;
 * `npm run types` regenerates src/types/openapi.d.ts).
 */
type Schemas = components['schemas'];

/** Every answer echoes the range it covers (ISO-8601 instants, `[from, to)`). */
export type RangeEcho = Pick<Schemas['DeliveriesDashboard'], 'from' | 'to'>;

export type DeliveriesBucket = Schemas['DeliveriesBucket'];

/**
 * GET /api/dashboards/deliveries. `interval`: the bucket width the backend chose for the span,
 * e.g. `5m`; `active`: deliveries requested or in transit now, whatever the range.
 */
export type DeliveriesStats = Schemas['DeliveriesDashboard'];

/** `routeTitle` is null when the search engine has no title for the route. */
export type RouteStat = Schemas['RouteRow'];

/** GET /api/dashboards/routes: sorted by requested, most first. */
export type RouteStats = Schemas['RoutesDashboard'];

export type ViewersBucket = Schemas['ViewersBucket'];

/** GET /api/dashboards/viewers */
export type ViewerStats = Schemas['ViewersDashboard'];

/** `points`: GeoJSON order, `[lng, lat]`, ordered by seq. */
export type Trail = Schemas['Trail'];

/** GET /api/dashboards/trails: the latest deliveries requested in range, newest first. */
export type Trails = Schemas['TrailsDashboard'];

/** The range query every dashboards endpoint takes. */
export interface RangeQuery {
  from: string;
  to: string;
}
