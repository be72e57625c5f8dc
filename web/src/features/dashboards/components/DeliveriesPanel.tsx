import { useMemo } from 'react';
import type { DeliveriesStats } from '../api/types';
import { deliveriesSeries, hasDeliveries } from '../utils/chart-series';
import { formatCount, formatDuration } from '../utils/format';
import { DeliveriesChart } from './charts';
import { Panel, waitingFor } from './Panel';
import styles from './Dashboards.module.css';

/** How many deliveries happened: totals in range and requested vs delivered over time. */
export function DeliveriesPanel({ stats, spanMs, loading }: { stats: DeliveriesStats | null; spanMs: number; loading: boolean }) {
  const series = useMemo(() => (stats ? deliveriesSeries(stats) : []), [stats]);
  const any = stats !== null && hasDeliveries(stats, series);
  return (
    <Panel
      id="deliveries"
      title="Deliveries"
      filled={any && series.length > 0}
      waiting={waitingFor(stats, loading)}
      empty={stats && !any ? 'No deliveries in this range.' : null}
      className={styles.wider}
    >
      {stats && (
        <>
          <dl className={styles.figures}>
            <Figure label="Requested" value={formatCount(stats.requested)} />
            <Figure label="Delivered" value={formatCount(stats.delivered)} />
            <Figure label="Average duration" value={formatDuration(stats.averageDurationSeconds)} />
          </dl>
          {series.length > 0 ? (
            <DeliveriesChart series={series} spanMs={spanMs} />
          ) : (
            <p className={styles.placeholder}>No time series for this range.</p>
          )}
          <p className={styles.caption}>Buckets of {stats.interval}.</p>
        </>
      )}
    </Panel>
  );
}

export function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className={styles.figure}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
