import { useCallback, useEffect, useRef, useState } from 'react';
import { createAutoRefresh, type AutoRefresh } from '../utils/auto-refresh';
import { mergeRefresh, NO_DATA, type DashboardData, type DashboardProblem } from '../utils/dashboard-results';
import { rangeKey, toRangeQuery, type TimeRange } from '../utils/time-range';
import { getDeliveriesStats } from './get-deliveries-stats';
import { getRouteStats } from './get-route-stats';
import { getTrails } from './get-trails';
import { getViewerStats } from './get-viewer-stats';

export const REFRESH_INTERVAL_MS = 10_000;

export interface DashboardState {
  data: DashboardData;
  /** The failure of the latest refresh: the data shown is then the last that arrived (stale). */
  problem: DashboardProblem | null;
  loading: boolean;
  /** When data last arrived (epoch ms). */
  updatedAt: number | null;
}

/**
 * Loads the four dashboards endpoints for the range, in parallel, now and (when `autoRefresh`)
 * every 10 s after the previous answers; a new range reloads at once.
 */
export function useDashboardData(range: TimeRange, autoRefresh: boolean): DashboardState & { refresh: () => void } {
  const [state, setState] = useState<DashboardState>({ data: NO_DATA, problem: null, loading: true, updatedAt: null });
  const rangeRef = useRef(range);
  const refresher = useRef<AutoRefresh | null>(null);
  const autoRefreshRef = useRef(autoRefresh);

  useEffect(() => {
    rangeRef.current = range;
  }, [range]);

  const key = rangeKey(range);
  useEffect(() => {
    const load = async (signal: AbortSignal) => {
      const query = toRangeQuery(rangeRef.current, Date.now());
      setState((s) => (s.loading ? s : { ...s, loading: true }));
      const [deliveries, routes, viewers, trails] = await Promise.allSettled([
        getDeliveriesStats(query, signal),
        getRouteStats(query, signal),
        getViewerStats(query, signal),
        getTrails(query, signal),
      ]);
      if (signal.aborted) return;
      setState((s) => {
        const outcome = mergeRefresh(s.data, { deliveries, routes, viewers, trails });
        const arrived = [deliveries, routes, viewers, trails].some((r) => r.status === 'fulfilled');
        return { data: outcome.data, problem: outcome.problem, loading: false, updatedAt: arrived ? Date.now() : s.updatedAt };
      });
    };
    const created = createAutoRefresh({ load, intervalMs: REFRESH_INTERVAL_MS, enabled: autoRefreshRef.current });
    refresher.current = created;
    created.refreshNow();
    return () => {
      created.dispose();
      if (refresher.current === created) refresher.current = null;
    };
  }, [key]);

  useEffect(() => {
    autoRefreshRef.current = autoRefresh;
    refresher.current?.setEnabled(autoRefresh);
  }, [autoRefresh]);

  const refresh = useCallback(() => refresher.current?.refreshNow(), []);
  return { ...state, refresh };
}
