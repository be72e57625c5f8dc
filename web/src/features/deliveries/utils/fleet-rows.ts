import { measureRoute } from '../../../lib/geo/route-geometry';
import { etaMs, routeProgress, type RouteProgress } from '../../../lib/geo/route-progress';
import type { Delivery, DeliveryStatus, Route } from '../../../types/api';
import type { RecentDelivery } from '../../../types/recent-delivery';
import { colorOf } from '../../../utils/delivery-colors';
import { silentSince } from '../../../utils/silence';

/** What the panel needs of a live delivery (the live map's tracked vehicle has all of it). */
export interface LiveDelivery {
  deliveryId: string;
  routeId: string;
  seq: number;
  lat: number;
  lng: number;
  finished: boolean;
  speedMps: number | null;
  /** `emittedAt` of the first position the page saw (epoch ms). */
  firstEmittedAt: number;
  /** `emittedAt` of its latest position (epoch ms, the vehicle's clock). */
  emittedAt: number;
}


export interface ActiveRow {
  deliveryId: string;
  routeId: string;
  routeTitle: string;
  status: DeliveryStatus;
  seq: number | null;
  /** 0..1 along the route. */
  progress: number;
  distanceLeftMeters: number | null;
  /** Time left at the current speed; null when unknown (standing, or no speed yet). */
  etaMs: number | null;
  speedMps: number | null;
  /** When it started, as far as the page knows (epoch ms): sorts "newest". */
  sinceMs: number;
  /** The time of its last position once that is more than 30 s old (see utils/silence.ts), else null. */
  silentSinceMs: number | null;
  color: string;
}

export interface RecentRow {
  deliveryId: string;
  routeId: string;
  routeTitle: string;
  seq: number;
  finishedAtMs: number;
  /** Start to delivery: exact when the page saw the whole drive (first seq 0), else null until the record is fetched. */
  durationMs: number | null;
  /** The part of the drive the page saw. */
  seenMs: number;
  color: string;
}

export type SortKey = 'newest' | 'eta' | 'progress' | 'route';
export const SORT_KEYS: readonly SortKey[] = ['newest', 'eta', 'progress', 'route'];

/**
 * Progress along the route of each delivery, remembered per delivery: a new position is
 * placed near the segment of the last one (O(1)), and an unchanged seq costs nothing.
 */
export class ProgressTracker {
  private known = new Map<string, { seq: number; progress: RouteProgress }>();

  progressOf(delivery: LiveDelivery, route: Route): RouteProgress {
    const last = this.known.get(delivery.deliveryId);
    if (last && last.seq === delivery.seq) return last.progress;
    const progress = routeProgress(measureRoute(route), delivery.lat, delivery.lng, last?.progress.segment);
    this.known.set(delivery.deliveryId, { seq: delivery.seq, progress });
    return progress;
  }

  /** Forgets deliveries no longer shown. */
  keepOnly(ids: ReadonlySet<string>): void {
    for (const id of this.known.keys()) if (!ids.has(id)) this.known.delete(id);
  }
}

/**
 * The active deliveries: every live one not yet delivered, plus the ones this page started
 * that have no position yet (requested) unless the live feed said they ended (`ended`: removed
 * as delivered or cancelled). With `nowMs`, a vehicle whose last position is older than 30 s
 * carries `silentSinceMs`.
 */
export function buildActiveRows(
  live: Readonly<Record<string, LiveDelivery>>,
  started: readonly Delivery[],
  routes: ReadonlyMap<string, Route>,
  tracker: ProgressTracker,
  ended: ReadonlySet<string> = new Set(),
  nowMs: number | null = null,
): ActiveRow[] {
  const rows: ActiveRow[] = [];
  const seen = new Set<string>();
  for (const id in live) {
    const v = live[id]!;
    seen.add(id);
    if (v.finished) continue;
    const route = routes.get(v.routeId);
    const progress = route ? tracker.progressOf(v, route) : null;
    rows.push({
      deliveryId: v.deliveryId,
      routeId: v.routeId,
      routeTitle: route?.title ?? v.routeId,
      status: 'in_transit',
      seq: v.seq,
      progress: progress?.fraction ?? 0,
      distanceLeftMeters: progress?.distanceLeftMeters ?? null,
      etaMs: progress ? etaMs(progress.distanceLeftMeters, v.speedMps) : null,
      speedMps: v.speedMps,
      sinceMs: v.firstEmittedAt,
      silentSinceMs: nowMs === null ? null : silentSince(v.emittedAt, nowMs),
      color: colorOf(v.deliveryId),
    });
  }
  tracker.keepOnly(seen);
  for (const d of started) {
    if (d.status !== 'requested' || seen.has(d.id) || ended.has(d.id)) continue;
    const route = routes.get(d.routeId);
    rows.push({
      deliveryId: d.id,
      routeId: d.routeId,
      routeTitle: route?.title ?? d.routeId,
      status: 'requested',
      seq: null,
      progress: 0,
      distanceLeftMeters: route?.lengthMeters ?? null,
      etaMs: null,
      speedMps: null,
      sinceMs: Date.parse(d.requestedAt),
      silentSinceMs: null,
      color: colorOf(d.id),
    });
  }
  return rows;
}

export function buildRecentRows(recent: readonly RecentDelivery[], routes: ReadonlyMap<string, Route>): RecentRow[] {
  return recent.map((r) => {
    const seenMs = Math.max(0, r.lastEmittedAt - r.firstEmittedAt);
    return {
      deliveryId: r.deliveryId,
      routeId: r.routeId,
      routeTitle: routes.get(r.routeId)?.title ?? r.routeId,
      seq: r.seq,
      finishedAtMs: r.finishedAtMs,
      durationMs: r.firstSeq === 0 ? seenMs : null,
      seenMs,
      color: colorOf(r.deliveryId),
    };
  });
}

/** Rows whose route title or delivery id contains the query (any case); all for a blank query. */
export function searchRows<T extends { routeTitle: string; deliveryId: string }>(rows: readonly T[], query: string): readonly T[] {
  const q = query.trim().toLowerCase();
  if (!q) return rows;
  return rows.filter((r) => r.routeTitle.toLowerCase().includes(q) || r.deliveryId.toLowerCase().includes(q));
}

/**
 * A sorted copy. `newest`: started last first; `eta`: arriving soonest first (unknown last);
 * `progress`: furthest along first; `route`: by route title. Ties by delivery id, so rows do not
 * jump between refreshes.
 */
export function sortRows(rows: readonly ActiveRow[], key: SortKey, collator = new Intl.Collator()): ActiveRow[] {
  const byId = (a: ActiveRow, b: ActiveRow) => (a.deliveryId < b.deliveryId ? -1 : a.deliveryId > b.deliveryId ? 1 : 0);
  const compare: Record<SortKey, (a: ActiveRow, b: ActiveRow) => number> = {
    newest: (a, b) => b.sinceMs - a.sinceMs || byId(a, b),
    eta: (a, b) => (a.etaMs ?? Infinity) - (b.etaMs ?? Infinity) || byId(a, b),
    progress: (a, b) => b.progress - a.progress || byId(a, b),
    route: (a, b) => collator.compare(a.routeTitle, b.routeTitle) || byId(a, b),
  };
  return [...rows].sort(compare[key]);
}
