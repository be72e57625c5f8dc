import { useState } from 'react';
import { AppLink } from '../../../components/AppLink';
import { Notice } from '../../../components/Notice';
import { REFRESH_INTERVAL_MS, useDashboardData } from '../api/use-dashboard-data';
import { hasAnyData } from '../utils/dashboard-results';
import { formatDateTime } from '../utils/format';
import { DEFAULT_RANGE, rangeKey, rangeSpanMs, type TimeRange } from '../utils/time-range';
import { ActivePanel } from './ActivePanel';
import { DeliveriesPanel } from './DeliveriesPanel';
import { PerRoutePanel, TopRoutesPanel } from './RoutesPanels';
import { TimeRangePicker } from './TimeRangePicker';
import { TrailsPanel } from './TrailsPanel';
import { ViewersPanel } from './ViewersPanel';
import styles from './Dashboards.module.css';

/** The five dashboards (plus the live active count) over a chosen time range, refreshed every 10 s. */
export function DashboardsPage() {
  const [range, setRange] = useState<TimeRange>(DEFAULT_RANGE);
  const [autoRefresh, setAutoRefresh] = useState(true);
  const { data, problem, loading, updatedAt, refresh } = useDashboardData(range, autoRefresh);
  const spanMs = rangeSpanMs(range);
  const stale = problem !== null && hasAnyData(data);

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <div className={styles.titleRow}>
          <h1>Dashboards</h1>
          <nav className="page-nav" aria-label="Pages">
            <AppLink to="/">Live map</AppLink>
            <span aria-current="page">Dashboards</span>
          </nav>
        </div>
        <div className={styles.toolbar}>
          <TimeRangePicker value={range} onChange={setRange} />
          <div className={styles.refresh}>
            <label className={styles.toggle}>
              <input type="checkbox" checked={autoRefresh} onChange={(e) => setAutoRefresh(e.target.checked)} />
              Auto refresh ({REFRESH_INTERVAL_MS / 1000} s)
            </label>
            <button type="button" onClick={refresh} disabled={loading}>
              {loading ? 'Refreshing…' : 'Refresh'}
            </button>
            <span className={styles.updated} data-updated-at={updatedAt ?? ''}>
              {updatedAt ? `Updated ${formatDateTime(updatedAt)}` : 'Not loaded yet'}
            </span>
          </div>
        </div>
        <div aria-live="polite" className={styles.notices}>
          {problem && (
            <Notice kind="error">
              <span data-dashboard-notice={problem.unavailable ? 'unavailable' : 'error'} data-stale={String(stale)}>
                <strong>{headline(problem.unavailable, stale)}</strong>{' '}
                {problem.detail}
                {stale && updatedAt ? ` Showing data from ${formatDateTime(updatedAt)}.` : ''}
              </span>
            </Notice>
          )}
        </div>
      </header>
      <main className={styles.grid} data-stale={String(stale)}>
        <ActivePanel stats={data.deliveries} loading={loading} />
        <DeliveriesPanel stats={data.deliveries} spanMs={spanMs} loading={loading} />
        <ViewersPanel stats={data.viewers} spanMs={spanMs} loading={loading} />
        <TopRoutesPanel stats={data.routes} loading={loading} />
        <PerRoutePanel stats={data.routes} loading={loading} />
        <TrailsPanel trails={data.trails} fitKey={rangeKey(range)} loading={loading} />
      </main>
    </div>
  );
}

function headline(unavailable: boolean, stale: boolean): string {
  const reason = unavailable ? 'search engine unavailable' : 'the dashboards could not be refreshed';
  return stale ? `Stale data — ${reason}.` : `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`;
}
