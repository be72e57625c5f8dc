import { useMemo } from 'react';
import type { RouteStats } from '../api/types';
import { deliveredPerRoute, mostRequested } from '../utils/chart-series';
import { COLORS, RouteBarsChart } from './charts';
import { Panel, waitingFor } from './Panel';

/** Which routes are requested most: a ranking of the top 10. */
export function TopRoutesPanel({ stats, loading }: { stats: RouteStats | null; loading: boolean }) {
  const bars = useMemo(() => (stats ? mostRequested(stats.routes, 10) : []), [stats]);
  return (
    <Panel
      id="top-routes"
      title="Most requested routes"
      filled={bars.length > 0}
      waiting={waitingFor(stats, loading)}
      empty={stats && bars.length === 0 ? 'No route was requested in this range.' : null}
    >
      <RouteBarsChart bars={bars} name="Requested" color={COLORS.requested} orientation="horizontal" />
    </Panel>
  );
}

/** Deliveries per route: how many were delivered on each. */
export function PerRoutePanel({ stats, loading }: { stats: RouteStats | null; loading: boolean }) {
  const bars = useMemo(() => (stats ? deliveredPerRoute(stats.routes) : []), [stats]);
  return (
    <Panel
      id="per-route"
      title="Delivered per route"
      filled={bars.length > 0}
      waiting={waitingFor(stats, loading)}
      empty={stats && bars.length === 0 ? 'Nothing was delivered in this range.' : null}
    >
      <RouteBarsChart bars={bars} name="Delivered" color={COLORS.delivered} orientation="vertical" />
    </Panel>
  );
}
