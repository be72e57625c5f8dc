import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './Dashboards.module.css';

export type DashboardId = 'deliveries' | 'viewers' | 'trails' | 'top-routes' | 'per-route' | 'active';

export interface PanelProps {
  id: DashboardId;
  title: string;
  /** True once this panel shows data from a successful answer (the `data-filled` test hook). */
  filled: boolean;
  /** Shown instead of the body when there is nothing to draw; null while there is something. */
  empty?: string | null;
  /** No answer yet: `loading` says "Loading…", else that nothing could be loaded. */
  waiting?: 'loading' | 'failed' | null;
  className?: string;
  children?: ReactNode;
}

const WAITING = { loading: 'panel.loading', failed: 'panel.failed' } as const;

/** What a panel without data says: whether its first answer is still coming. */
export function waitingFor(data: unknown, loading: boolean): PanelProps['waiting'] {
  if (data !== null) return null;
  return loading ? 'loading' : 'failed';
}

/** A dashboard card: `data-dashboard` names it, `data-filled` says it has drawn data. */
export function Panel({ id, title, filled, empty, waiting, className, children }: PanelProps) {
  const { t } = useTranslation('dashboards');
  const headingId = `dashboard-${id}-title`;
  return (
    <section
      className={`${styles.panel} ${className ?? ''}`}
      data-dashboard={id}
      data-filled={String(filled)}
      aria-labelledby={headingId}
      aria-busy={waiting === 'loading' ? true : undefined}
    >
      <h2 id={headingId} className={styles.panelTitle}>
        {title}
      </h2>
      {waiting ? (
        <p className={styles.placeholder}>{t(WAITING[waiting])}</p>
      ) : empty ? (
        <p className={styles.placeholder} data-empty="true">
          {empty}
        </p>
      ) : (
        children
      )}
    </section>
  );
}
