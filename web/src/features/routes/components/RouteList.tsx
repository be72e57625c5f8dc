import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/Notice';
import type { ManagedRoute } from '../api/route-types';
import type { ManagedRoutes } from '../api/use-managed-routes';
import { errorMessage } from '../utils/error-message';
import { RouteRow } from './RouteRow';
import styles from './RoutesPage.module.css';

export interface RouteListProps {
  list: ManagedRoutes;
  withArchived: boolean;
  onWithArchivedChange: (withArchived: boolean) => void;
  selectedId: string | null;
  onSelect: (routeId: string) => void;
}

/** The stored routes, archived ones only when asked for. */
export function RouteList({ list, withArchived, onWithArchivedChange, selectedId, onSelect }: RouteListProps) {
  const { t } = useTranslation('routes');
  return (
    <section className={styles.section} aria-labelledby="route-list-heading" data-list-status={list.status}>
      <div className={styles.listHeading}>
        <h2 id="route-list-heading">{t('list.heading')}</h2>
        <label className={styles.toggle}>
          <input type="checkbox" checked={withArchived} onChange={(event) => onWithArchivedChange(event.target.checked)} />
          {t('list.showArchived')}
        </label>
      </div>
      {list.status === 'error' && <Notice kind="error">{t('list.loadFailed', { reason: errorMessage(list.error, t) })}</Notice>}
      {list.status === 'loading' && list.routes.length === 0 && <p className="muted">{t('list.loading')}</p>}
      {list.status === 'ready' && list.routes.length === 0 && <p className="muted">{t('list.empty')}</p>}
      <ul className={styles.list}>
        {list.routes.map((route: ManagedRoute) => (
          <RouteRow key={route.id} route={route} selected={route.id === selectedId} onSelect={onSelect} onUpdated={list.keep} />
        ))}
      </ul>
    </section>
  );
}
