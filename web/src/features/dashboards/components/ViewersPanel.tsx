import { useMemo } from 'react';
import type { ViewerStats } from '../api/types';
import { hasViewers, viewersSeries } from '../utils/chart-series';
import { formatCount } from '../utils/format';
import { ViewersChart } from './charts';
import { Figure } from './DeliveriesPanel';
import { Panel, waitingFor } from './Panel';
import styles from './Dashboards.module.css';

const SCOPES = ['fleet', 'delivery', 'area'] as const;

/** How many browsers are open watching: now, by scope, and over time. */
export function ViewersPanel({ stats, spanMs, loading }: { stats: ViewerStats | null; spanMs: number; loading: boolean }) {
  const series = useMemo(() => (stats ? viewersSeries(stats) : []), [stats]);
  const any = stats !== null && hasViewers(stats, series);
  const scopes = stats ? [...new Set([...SCOPES, ...Object.keys(stats.byScope ?? {})])] : [];
  return (
    <Panel
      id="viewers"
      title="Open viewers"
      filled={any && series.length > 0}
      waiting={waitingFor(stats, loading)}
      empty={stats && !any ? 'No browser watched in this range.' : null}
      className={styles.wide}
    >
      {stats && (
        <>
          <dl className={styles.figures}>
            <Figure label="Open now" value={formatCount(stats.openNow)} />
            {scopes.map((scope) => (
              <Figure key={scope} label={`Watching ${scope}`} value={formatCount(stats.byScope?.[scope] ?? 0)} />
            ))}
          </dl>
          {series.length > 0 ? (
            <ViewersChart series={series} spanMs={spanMs} />
          ) : (
            <p className={styles.placeholder}>No time series for this range.</p>
          )}
          <p className={styles.caption}>Open at any moment of each {stats.interval} bucket.</p>
        </>
      )}
    </Panel>
  );
}
