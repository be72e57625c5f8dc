import { memo, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/Notice';
import { VirtualList } from '../../../components/VirtualList';
import { useFormats } from '../../../lib/i18n/format';
import { useCanDispatch } from '../../../lib/session/session-context';
import { useCancelDelivery, type CancelActions, type CancelState } from '../api/use-cancel-delivery';
import { useRecordedDurations } from '../api/use-recorded-durations';
import { searchRows, SORT_KEYS, sortRows, type ActiveRow, type RecentRow, type SortKey } from '../utils/fleet-rows';
import { CancelDeliveryControl } from './CancelDeliveryControl';

export interface DeliveryPanelProps {
  active: readonly ActiveRow[];
  recent: readonly RecentRow[];
  selectedId: string | null;
  onSelect: (deliveryId: string) => void;
  /** What the lists hold: the whole fleet, or the deliveries in the map's visible area. */
  scope: 'fleet' | 'area';
}

const ROW_HEIGHT = 76;
const RECENT_ROW_HEIGHT = 52;

/**
 * The deliveries: active ones (searchable, sortable) and recently delivered ones, each list
 * virtualised so thousands of entries cost only the rows in view. Rows are test hooks:
 * `data-delivery-id`, `data-status`, `data-seq`, `data-progress` (whole percent). For a dispatcher, each active one
 * can be cancelled (`data-action="cancel"`); it then says "Cancelling…" and leaves the list when
 * the live feed removes it, never before.
 */
export function DeliveryPanel({ active, recent, selectedId, onSelect, scope }: DeliveryPanelProps) {
  const { t } = useTranslation('fleet');
  const formats = useFormats();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortKey>('newest');
  const shownActive = useMemo(() => sortRows(searchRows(active, query), sort), [active, query, sort]);
  const shownRecent = useMemo(() => searchRows(recent, query), [recent, query]);
  const [visibleRecent, setVisibleRecent] = useState<readonly string[]>([]);
  const onRecentVisible = useCallback((rows: readonly RecentRow[]) => {
    const ids = rows.filter((r) => r.durationMs === null).map((r) => r.deliveryId);
    setVisibleRecent((previous) => (previous.join() === ids.join() ? previous : ids));
  }, []);
  const recorded = useRecordedDurations(visibleRecent);
  const cancels = useCancelDelivery();
  const { ask, confirm, dismiss } = cancels;
  const canCancel = useCanDispatch();
  const cancelActions = useMemo<CancelActions | null>(
    () => (canCancel ? { ask, confirm, dismiss } : null),
    [canCancel, ask, confirm, dismiss],
  );
  const refused = [...cancels.states].find(([, state]) => state.status === 'error');

  return (
    <section className="deliveries" aria-label={t('list.deliveries')}>
      <div className="list-tools">
        <input
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder={t('list.search')}
          aria-label={t('list.search')}
        />
        <label className="sort">
          <span className="visually-hidden">{t('list.sort')}</span>
          <select name="sort" value={sort} onChange={(event) => setSort(event.target.value as SortKey)} aria-label={t('list.sort')}>
            {SORT_KEYS.map((key) => (
              <option key={key} value={key}>
                {t(`sort.${key}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <h2 className="list-heading">
        {t('list.active')}
        <span className="list-count" data-active-count={active.length}>
          {query ? t('list.count', { shown: formats.count(shownActive.length), total: formats.count(active.length) }) : formats.count(active.length)}
        </span>
        <span className="list-scope">{t(scope === 'area' ? 'list.scopeArea' : 'list.scopeFleet')}</span>
      </h2>
      {refused && refused[1].status === 'error' && (
        <Notice kind="error" onDismiss={() => dismiss(refused[0])}>
          {t('cancel.failed', { id: refused[0].slice(0, 8), message: refused[1].message })}
        </Notice>
      )}
      {shownActive.length === 0 && (
        <p className="muted">{query ? t('list.noMatch', { query }) : t('list.noneActive')}</p>
      )}
      <VirtualList
        items={shownActive}
        rowHeight={ROW_HEIGHT}
        getKey={(row) => row.deliveryId}
        renderRow={(row) => (
          <ActiveEntry
            row={row}
            selected={row.deliveryId === selectedId}
            onSelect={onSelect}
            cancel={cancels.states.get(row.deliveryId) ?? null}
            cancelActions={cancelActions}
          />
        )}
        label={t('list.active')}
        listId="active"
        className="active-list"
      />
      <h2 className="list-heading">
        {t('list.recent')}
        <span className="list-count">{formats.count(recent.length)}</span>
      </h2>
      {shownRecent.length === 0 && <p className="muted">{query ? t('list.noMatch', { query }) : t('list.noneRecent')}</p>}
      <VirtualList
        items={shownRecent}
        rowHeight={RECENT_ROW_HEIGHT}
        getKey={(row) => row.deliveryId}
        renderRow={(row) => <RecentEntry row={row} recordedMs={recorded.get(row.deliveryId) ?? null} />}
        label={t('list.recent')}
        listId="recent"
        className="recent-list"
        onVisibleChange={onRecentVisible}
      />
    </section>
  );
}

const ActiveEntry = memo(function ActiveEntry({
  row,
  selected,
  onSelect,
  cancel,
  cancelActions,
}: {
  row: ActiveRow;
  selected: boolean;
  onSelect: (deliveryId: string) => void;
  cancel: CancelState | null;
  /** Null for whoever may not cancel (a viewer): no Cancel action. */
  cancelActions: CancelActions | null;
}) {
  const { t } = useTranslation('fleet');
  const formats = useFormats();
  const percent = Math.round(row.progress * 100);
  return (
    <div
      className={`delivery${selected ? ' selected' : ''}`}
      data-delivery-id={row.deliveryId}
      data-seq={row.seq ?? ''}
      data-status={row.status}
      data-progress={percent}
      data-silent={row.silentSinceMs !== null ? 'true' : undefined}
      onClick={() => onSelect(row.deliveryId)}
    >
      <span className="swatch" style={{ background: row.color }} aria-hidden="true" />
      <div className="delivery-main">
        <div className="delivery-top">
          <button type="button" className="delivery-route" aria-pressed={selected} title={row.routeTitle}>
            {row.routeTitle}
          </button>
          <span className="delivery-top-tools">
            {cancelActions && <CancelDeliveryControl deliveryId={row.deliveryId} state={cancel} {...cancelActions} />}
            <span className={`badge badge-${row.status}`}>{t(`status.${row.status}`)}</span>
          </span>
        </div>
        <div className="delivery-progress">
          <progress max={100} value={percent} aria-label={t('popup.progress')} />
          <span>{formats.percent(row.progress)}</span>
        </div>
        <div className="delivery-meta">
          {row.distanceLeftMeters !== null && <span>{t('row.left', { distance: formats.distance(row.distanceLeftMeters) })}</span>}
          {row.silentSinceMs !== null ? (
            <span className="silent" data-silent-since={row.silentSinceMs}>
              {t('row.silent', { time: formats.time(row.silentSinceMs) })}
            </span>
          ) : (
            <span>{row.etaMs === null ? t('row.etaUnknown') : t('row.eta', { duration: formats.duration(row.etaMs) })}</span>
          )}
          <span className="delivery-id">{row.deliveryId.slice(0, 8)}</span>
        </div>
      </div>
    </div>
  );
});

const RecentEntry = memo(function RecentEntry({ row, recordedMs }: { row: RecentRow; recordedMs: number | null }) {
  const { t } = useTranslation('fleet');
  const formats = useFormats();
  const duration = row.durationMs ?? recordedMs;
  return (
    <div className="delivery recent" data-delivery-id={row.deliveryId} data-seq={row.seq} data-status="delivered" data-progress={100}>
      <span className="swatch" style={{ background: row.color }} aria-hidden="true" />
      <div className="delivery-main">
        <div className="delivery-top">
          <span className="delivery-route" title={row.routeTitle}>
            {row.routeTitle}
          </span>
          <span className="badge badge-delivered">{t('status.delivered')}</span>
        </div>
        <div className="delivery-meta">
          <span>
            {duration !== null
              ? t('row.took', { duration: formats.duration(duration) })
              : t('row.seenFor', { duration: formats.duration(row.seenMs) })}
          </span>
          <span>{t('row.at', { time: formats.time(row.finishedAtMs) })}</span>
          <span className="delivery-id">{row.deliveryId.slice(0, 8)}</span>
        </div>
      </div>
    </div>
  );
});
