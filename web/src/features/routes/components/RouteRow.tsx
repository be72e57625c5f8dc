import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCanDispatch } from '../../../lib/session/session-context';
import { Notice } from '../../../components/Notice';
import type { ManagedRoute } from '../api/route-types';
import { useRouteUpdate } from '../api/use-route-update';
import { useRouteFormats } from '../hooks/use-route-formats';
import styles from './RoutesPage.module.css';

export interface RouteRowProps {
  route: ManagedRoute;
  selected: boolean;
  onSelect: (routeId: string) => void;
  onUpdated: (route: ManagedRoute) => void;
}

/** One route: title (a click shows it on the map), length, created date, archived badge; rename inline, archive or restore. */
export function RouteRow({ route, selected, onSelect, onUpdated }: RouteRowProps) {
  const { t } = useTranslation('routes');
  const format = useRouteFormats();
  const { busy, error, update } = useRouteUpdate(route, onUpdated);
  const [editing, setEditing] = useState<string | null>(null);
  const canChange = useCanDispatch();

  const rename = async () => {
    if (editing === null) return;
    const title = editing.trim();
    const done = title === '' || title === route.title || (await update({ title }));
    if (done) setEditing(null);
  };

  return (
    <li className={styles.row} data-route-id={route.id} data-archived={route.archived} aria-current={selected || undefined}>
      {editing === null ? (
        <button type="button" className={styles.rowTitle} onClick={() => onSelect(route.id)} aria-pressed={selected}>
          {route.title}
        </button>
      ) : (
        <form
          className={styles.rename}
          onSubmit={(event) => {
            event.preventDefault();
            void rename();
          }}
        >
          <input
            aria-label={t('list.newTitle')}
            value={editing}
            autoFocus
            disabled={busy}
            onChange={(event) => setEditing(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') setEditing(null);
            }}
          />
          <button type="submit" disabled={busy || editing.trim() === ''}>
            {t('list.saveTitle')}
          </button>
          <button type="button" onClick={() => setEditing(null)}>
            {t('list.cancelRename')}
          </button>
        </form>
      )}
      <p className={styles.rowMeta}>
        <span data-figure="length">{format.distance(route.lengthMeters)}</span>
        <span data-figure="created">{t('list.created', { date: format.date(route.createdAt) })}</span>
        {route.archived && <span className="badge">{t('list.archivedBadge')}</span>}
      </p>
      {canChange && (
      <div className={styles.actions}>
        {editing === null && (
          <button type="button" className="link" data-action="rename" disabled={busy} onClick={() => setEditing(route.title)}>
            {t('list.rename')}
          </button>
        )}
        <button
          type="button"
          className="link"
          data-action={route.archived ? 'restore' : 'archive'}
          disabled={busy}
          onClick={() => void update({ archived: !route.archived })}
        >
          {t(route.archived ? 'list.restore' : 'list.archive')}
        </button>
      </div>
      )}
      {error && <Notice kind="error">{error}</Notice>}
    </li>
  );
}
