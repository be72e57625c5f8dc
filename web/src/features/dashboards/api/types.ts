/** Payloads of the dashboards API (`GET /api/dashboards/*`, served from the search engine). */

/** Every answer echoes the range it covers (ISO-8601 instants, `[from, to)`). */
export interface RangeEcho {
  from: string;
  to: string;
}

export interface DeliveriesBucket {
  at: string;
  requested: number;
  delivered: number;
}

/** GET /api/dashboards/deliveries */
export interface DeliveriesStats extends RangeEcho {
  /** The bucket width the backend chose for the span, e.g. `5m`. */
  interval: string;
  requested: number;
  delivered: number;
  /** Deliveries requested or in transit now, whatever the range. */
  active: number;
  averageDurationSeconds: number | null;
  overTime: DeliveriesBucket[];
}

export interface RouteStat {
  routeId: string;
  routeTitle: string;
  requested: number;
  delivered: number;
  averageDurationSeconds: number | null;
}

/** GET /api/dashboards/routes: sorted by requested, most first. */
export interface RouteStats extends RangeEcho {
  routes: RouteStat[];
}

export interface ViewersBucket {
  at: string;
  open: number;
}

/** GET /api/dashboards/viewers */
export interface ViewerStats extends RangeEcho {
  interval: string;
  openNow: number;
  byScope: Record<string, number>;
  overTime: ViewersBucket[];
}

export interface Trail {
  deliveryId: string;
  routeId: string;
  routeTitle: string;
  status: string;
  /** GeoJSON order: `[lng, lat]`, ordered by seq. */
  points: [number, number][];
}

/** GET /api/dashboards/trails: the latest deliveries requested in range, newest first. */
export interface Trails extends RangeEcho {
  trails: Trail[];
}

/** The range query every dashboards endpoint takes. */
export interface RangeQuery {
  from: string;
  to: string;
}
