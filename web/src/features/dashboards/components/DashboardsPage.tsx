import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/AppLink';
import { Notice } from '../../../components/Notice';
import { LanguageSwitcher } from '../../../lib/i18n/LanguageSwitcher';
import { UserMenu } from '../../../lib/session/UserMenu';
import { REFRESH_INTERVAL_MS, useDashboardData } from '../api/use-dashboard-data';
import { useDashboardFormats } from '../hooks/use-dashboard-formats';
import { hasAnyData } from '../utils/dashboard-results';
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
  const { t } = useTranslation('dashboards');
  const format = useDashboardFormats();
  const [range, setRange] = useState<TimeRange>(DEFAULT_RANGE);
  const [autoRefresh, setAutoRefresh] = useState(true);
  const { data, problem, loading, updatedAt, refresh } = useDashboardData(range, autoRefresh);
  const spanMs = rangeSpanMs(range);
  const stale = problem !== null && hasAnyData(data);

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <div className={styles.titleRow}>
          <h1>{t('title')}</h1>
          <nav className="page-nav" aria-label={t('common:pages')}>
            <AppLink to="/">{t('common:liveMap')}</AppLink>
            <span aria-current="page">{t('common:dashboards')}</span>
            <AppLink to="/routes">{t('common:routes')}</AppLink>
            <AppLink to="/deliveries">{t('common:deliveries')}</AppLink>
          </nav>
          <UserMenu />
          <LanguageSwitcher />
        </div>
        <div className={styles.toolbar}>
          <TimeRangePicker value={range} onChange={setRange} />
          <div className={styles.refresh}>
            <label className={styles.toggle}>
              <input type="checkbox" checked={autoRefresh} onChange={(e) => setAutoRefresh(e.target.checked)} />
              {t('toolbar.autoRefresh', { seconds: REFRESH_INTERVAL_MS / 1000 })}
            </label>
            <button type="button" onClick={refresh} disabled={loading}>
              {t(loading ? 'toolbar.refreshing' : 'toolbar.refresh')}
            </button>
            <span className={styles.updated} data-updated-at={updatedAt ?? ''}>
              {updatedAt ? t('toolbar.updated', { time: format.dateTime(updatedAt) }) : t('toolbar.notLoaded')}
            </span>
          </div>
        </div>
        <div aria-live="polite" className={styles.notices}>
          {problem && (
            <Notice kind="error">
              <span data-dashboard-notice={problem.unavailable ? 'unavailable' : 'error'} data-stale={String(stale)}>
                <strong>{t(headline(problem.unavailable, stale))}</strong> {problem.detail}
                {stale && updatedAt ? ` ${t('notice.showingDataFrom', { time: format.dateTime(updatedAt) })}` : ''}
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

/** The key of the notice's headline: why the refresh failed, and whether older data is still shown. */
function headline(unavailable: boolean, stale: boolean) {
  if (unavailable) return stale ? 'notice.staleUnavailable' : 'notice.unavailable';
  return stale ? 'notice.staleFailed' : 'notice.failed';
}
