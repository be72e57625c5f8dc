import { ApiError } from '../../../lib/api-client';
import type { DeliveriesStats, RouteStats, Trails, ViewerStats } from '../api/types';

/** What the page shows: the last successful answer of each endpoint (null until there is one). */
export interface DashboardData {
  deliveries: DeliveriesStats | null;
  routes: RouteStats | null;
  viewers: ViewerStats | null;
  trails: Trails | null;
}

export const NO_DATA: DashboardData = { deliveries: null, routes: null, viewers: null, trails: null };

/** Why the last refresh failed; `unavailable` is the search engine's 503. */
export interface DashboardProblem {
  status: number;
  title: string | null;
  detail: string;
  unavailable: boolean;
}

export type Settled<T> = PromiseSettledResult<T>;

export interface RefreshOutcome {
  data: DashboardData;
  /** The first failure of this refresh, or null when every endpoint answered. */
  problem: DashboardProblem | null;
}

/**
 * Folds one refresh into what is shown: each endpoint that answered replaces its data,
 * each that failed keeps the previous (then stale) data.
 */
export function mergeRefresh(
  previous: DashboardData,
  results: {
    deliveries: Settled<DeliveriesStats>;
    routes: Settled<RouteStats>;
    viewers: Settled<ViewerStats>;
    trails: Settled<Trails>;
  },
): RefreshOutcome {
  const pick = <T>(result: Settled<T>, old: T | null): T | null => (result.status === 'fulfilled' ? result.value : old);
  const failure = Object.values(results).find((r): r is PromiseRejectedResult => r.status === 'rejected');
  return {
    data: {
      deliveries: pick(results.deliveries, previous.deliveries),
      routes: pick(results.routes, previous.routes),
      viewers: pick(results.viewers, previous.viewers),
      trails: pick(results.trails, previous.trails),
    },
    problem: failure ? toProblem(failure.reason) : null,
  };
}

export function toProblem(error: unknown): DashboardProblem {
  if (error instanceof ApiError) {
    return { status: error.status, title: error.title ?? null, detail: error.message, unavailable: error.status === 503 };
  }
  return { status: 0, title: null, detail: error instanceof Error ? error.message : String(error), unavailable: false };
}

export function hasAnyData(data: DashboardData): boolean {
  return Object.values(data).some((value) => value !== null);
}
