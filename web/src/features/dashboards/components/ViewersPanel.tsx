import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ViewerStats } from '../api/types';
import { useDashboardFormats } from '../hooks/use-dashboard-formats';
import { hasViewers, viewersSeries } from '../utils/chart-series';
import { ViewersChart } from './charts';
import { Figure } from './DeliveriesPanel';
import { Panel, waitingFor } from './Panel';
import styles from './Dashboards.module.css';

const SCOPES = ['fleet', 'delivery', 'area'] as const;
const isKnownScope = (scope: string): scope is (typeof SCOPES)[number] => (SCOPES as readonly string[]).includes(scope);

/** How many browsers are open watching: now, by scope, and over time. */
export function ViewersPanel({ stats, spanMs, loading }: { stats: ViewerStats | null; spanMs: number; loading: boolean }) {
  const { t } = useTranslation('dashboards');
  const format = useDashboardFormats();
  const series = useMemo(() => (stats ? viewersSeries(stats) : []), [stats]);
  const any = stats !== null && hasViewers(stats, series);
  const scopes = stats ? [...new Set([...SCOPES, ...Object.keys(stats.byScope ?? {})])] : [];
  const watching = (scope: string) => (isKnownScope(scope) ? t(`viewers.watching.${scope}`) : t('viewers.watchingScope', { scope }));
  return (
    <Panel
      id="viewers"
      title={t('viewers.title')}
      filled={any && series.length > 0}
      waiting={waitingFor(stats, loading)}
      empty={stats && !any ? t('viewers.empty') : null}
      className={styles.wide}
    >
      {stats && (
        <>
          <dl className={styles.figures}>
            <Figure label={t('viewers.openNow')} value={format.count(stats.openNow)} />
            {scopes.map((scope) => (
              <Figure key={scope} label={watching(scope)} value={format.count(stats.byScope?.[scope] ?? 0)} />
            ))}
          </dl>
          {series.length > 0 ? (
            <ViewersChart series={series} spanMs={spanMs} />
          ) : (
            <p className={styles.placeholder}>{t('panel.noSeries')}</p>
          )}
          <p className={styles.caption}>{t('viewers.caption', { interval: format.interval(stats.interval) })}</p>
        </>
      )}
    </Panel>
  );
}
