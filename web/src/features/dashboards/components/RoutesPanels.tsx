import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouteStats } from '../api/types';
import { deliveredPerRoute, mostRequested } from '../utils/chart-series';
import { COLORS, RouteBarsChart } from './charts';
import { Panel, waitingFor } from './Panel';

/** Which routes are requested most: a ranking of the top 10. */
export function TopRoutesPanel({ stats, loading }: { stats: RouteStats | null; loading: boolean }) {
  const { t } = useTranslation('dashboards');
  const bars = useMemo(() => (stats ? mostRequested(stats.routes, 10) : []), [stats]);
  return (
    <Panel
      id="top-routes"
      title={t('topRoutes.title')}
      filled={bars.length > 0}
      waiting={waitingFor(stats, loading)}
      empty={stats && bars.length === 0 ? t('topRoutes.empty') : null}
    >
      <RouteBarsChart bars={bars} name={t('deliveries.requested')} color={COLORS.requested} orientation="horizontal" />
    </Panel>
  );
}

/** Deliveries per route: how many were delivered on each. */
export function PerRoutePanel({ stats, loading }: { stats: RouteStats | null; loading: boolean }) {
  const { t } = useTranslation('dashboards');
  const bars = useMemo(() => (stats ? deliveredPerRoute(stats.routes) : []), [stats]);
  return (
    <Panel
      id="per-route"
      title={t('perRoute.title')}
      filled={bars.length > 0}
      waiting={waitingFor(stats, loading)}
      empty={stats && bars.length === 0 ? t('perRoute.empty') : null}
    >
      <RouteBarsChart bars={bars} name={t('deliveries.delivered')} color={COLORS.delivered} orientation="vertical" />
    </Panel>
  );
}
