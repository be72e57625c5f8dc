import { useTranslation } from 'react-i18next';
import type { DeliveriesStats } from '../api/types';
import { useDashboardFormats } from '../hooks/use-dashboard-formats';
import { Panel, waitingFor } from './Panel';
import styles from './Dashboards.module.css';

/** Deliveries requested or in transit right now (whatever the range). 0 is a number like any other. */
export function ActivePanel({ stats, loading }: { stats: DeliveriesStats | null; loading: boolean }) {
  const { t } = useTranslation('dashboards');
  const format = useDashboardFormats();
  return (
    <Panel id="active" title={t('active.title')} filled={stats !== null} waiting={waitingFor(stats, loading)}>
      {stats && (
        <>
          <p className={styles.bigNumber} data-active-count={stats.active} aria-live="polite">
            {format.count(stats.active)}
          </p>
          <p className={styles.caption}>{t('active.caption', { count: stats.active })}</p>
        </>
      )}
    </Panel>
  );
}
