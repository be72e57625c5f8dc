import type { DeliveriesStats } from '../api/types';
import { formatCount } from '../utils/format';
import { Panel, waitingFor } from './Panel';
import styles from './Dashboards.module.css';

/** Deliveries requested or in transit right now (whatever the range). 0 is a number like any other. */
export function ActivePanel({ stats, loading }: { stats: DeliveriesStats | null; loading: boolean }) {
  return (
    <Panel id="active" title="Active now" filled={stats !== null} waiting={waitingFor(stats, loading)}>
      {stats && (
        <>
          <p className={styles.bigNumber} data-active-count={stats.active} aria-live="polite">
            {formatCount(stats.active)}
          </p>
          <p className={styles.caption}>{stats.active === 1 ? 'delivery' : 'deliveries'} requested or in transit</p>
        </>
      )}
    </Panel>
  );
}
