import type { DeliveriesStats, RouteStat, ViewerStats } from '../api/types';

/** One point of the requested-vs-delivered chart; `t` is the bucket start in epoch ms. */
export interface DeliveriesPoint {
  t: number;
  requested: number;
  delivered: number;
}

export interface ViewersPoint {
  t: number;
  open: number;
}

export interface RouteBar {
  routeId: string;
  label: string;
  value: number;
  /** 0..1 of the largest value shown. */
  share: number;
  averageDurationSeconds: number | null;
}

/** Buckets into chart points: times parsed, unreadable buckets dropped, oldest first. */
export function deliveriesSeries(stats: DeliveriesStats): DeliveriesPoint[] {
  return stats.overTime
    .map((b) => ({ t: Date.parse(b.at), requested: count(b.requested), delivered: count(b.delivered) }))
    .filter((p) => Number.isFinite(p.t))
    .sort((a, b) => a.t - b.t);
}

export function viewersSeries(stats: ViewerStats): ViewersPoint[] {
  return stats.overTime
    .map((b) => ({ t: Date.parse(b.at), open: count(b.open) }))
    .filter((p) => Number.isFinite(p.t))
    .sort((a, b) => a.t - b.t);
}

/** Whether anything happened in range: zero deliveries is an empty state, not a flat chart. */
export function hasDeliveries(stats: DeliveriesStats, series: readonly DeliveriesPoint[]): boolean {
  return stats.requested > 0 || stats.delivered > 0 || series.some((p) => p.requested > 0 || p.delivered > 0);
}

export function hasViewers(stats: ViewerStats, series: readonly ViewersPoint[]): boolean {
  return stats.openNow > 0 || series.some((p) => p.open > 0);
}

/** Routes by how often they were requested, most first (ties by title), at most `limit`. */
export function mostRequested(routes: readonly RouteStat[], limit = 10): RouteBar[] {
  return bars(routes, (r) => r.requested, limit);
}

/** Delivered per route, most first; routes with none delivered are left out. */
export function deliveredPerRoute(routes: readonly RouteStat[], limit = 20): RouteBar[] {
  return bars(routes, (r) => r.delivered, limit);
}

function bars(routes: readonly RouteStat[], value: (r: RouteStat) => number, limit: number): RouteBar[] {
  const rows = routes
    .map((r) => ({ route: r, value: count(value(r)), label: r.routeTitle?.trim() || r.routeId }))
    .filter((row) => row.value > 0)
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label))
    .slice(0, limit);
  const max = Math.max(1, ...rows.map((row) => row.value));
  return rows.map(({ route, value: v, label }) => ({
    routeId: route.routeId,
    label,
    value: v,
    share: v / max,
    averageDurationSeconds: route.averageDurationSeconds,
  }));
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}
