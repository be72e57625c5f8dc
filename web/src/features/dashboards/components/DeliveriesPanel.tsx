import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeliveriesStats } from '../api/types';
import { useDashboardFormats } from '../hooks/use-dashboard-formats';
import { deliveriesSeries, hasDeliveries } from '../utils/chart-series';
import { DeliveriesChart } from './charts';
import { Panel, waitingFor } from './Panel';
import styles from './Dashboards.module.css';

/** How many deliveries happened: totals in range and requested vs delivered over time. */
export function DeliveriesPanel({ stats, spanMs, loading }: { stats: DeliveriesStats | null; spanMs: number; loading: boolean }) {
  const { t } = useTranslation('dashboards');
  const format = useDashboardFormats();
  const series = useMemo(() => (stats ? deliveriesSeries(stats) : []), [stats]);
  const any = stats !== null && hasDeliveries(stats, series);
  return (
    <Panel
      id="deliveries"
      title={t('deliveries.title')}
      filled={any && series.length > 0}
      waiting={waitingFor(stats, loading)}
      empty={stats && !any ? t('deliveries.empty') : null}
      className={styles.wider}
    >
      {stats && (
        <>
          <dl className={styles.figures}>
            <Figure label={t('deliveries.requested')} value={format.count(stats.requested)} />
            <Figure label={t('deliveries.delivered')} value={format.count(stats.delivered)} />
            <Figure label={t('deliveries.cancelled')} value={format.count(stats.cancelled)} />
            <Figure label={t('deliveries.averageDuration')} value={format.duration(stats.averageDurationSeconds)} />
          </dl>
          {series.length > 0 ? (
            <DeliveriesChart series={series} spanMs={spanMs} />
          ) : (
            <p className={styles.placeholder}>{t('panel.noSeries')}</p>
          )}
          <p className={styles.caption}>{t('deliveries.buckets', { interval: format.interval(stats.interval) })}</p>
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
