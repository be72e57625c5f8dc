import { useTranslation } from 'react-i18next';
import { RECORD_STATUSES, type RecordStatus } from '../api/delivery-record';
import type { RouteOption } from '../api/get-route-options';
import { DEFAULT_FILTERS, instantOfLocal, localOfInstant, PAGE_SIZES, withFilter, type HistoryFilters } from '../utils/history-query';
import styles from './DeliveryHistory.module.css';

export interface HistoryFilterBarProps {
  filters: HistoryFilters;
  routes: readonly RouteOption[];
  onChange: (filters: HistoryFilters) => void;
}

/** Status, route, requested from/to (the user's local time, sent as instants) and page size; every change starts at the first page. */
export function HistoryFilterBar({ filters, routes, onChange }: HistoryFilterBarProps) {
  const { t } = useTranslation('history');
  const change = (part: Partial<Omit<HistoryFilters, 'page'>>) => onChange(withFilter(filters, part));
  const toggle = (status: RecordStatus, on: boolean) =>
    change({ statuses: on ? [...filters.statuses, status] : filters.statuses.filter((s) => s !== status) });
  // A route a link names that the list lacks (or the list still loading) stays selectable.
  const named = filters.routeId !== null && !routes.some((r) => r.id === filters.routeId);
  const sizes = PAGE_SIZES.includes(filters.size) ? PAGE_SIZES : [...PAGE_SIZES, filters.size].sort((a, b) => a - b);
  const filtered = filters.statuses.length > 0 || filters.routeId !== null || filters.from !== null || filters.to !== null;

  return (
    <form className={styles.filters} aria-label={t('filters.label')} onSubmit={(event) => event.preventDefault()}>
      <fieldset className={styles.statuses}>
        <legend>{t('filters.status')}</legend>
        {RECORD_STATUSES.map((status) => (
          <label key={status} className={styles.check}>
            <input
              type="checkbox"
              name="status"
              value={status}
              checked={filters.statuses.includes(status)}
              onChange={(event) => toggle(status, event.target.checked)}
            />
            {t(`status.${status}`)}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span className="field-label">{t('filters.route')}</span>
        <select name="routeId" value={filters.routeId ?? ''} onChange={(event) => change({ routeId: event.target.value || null })}>
          <option value="">{t('filters.allRoutes')}</option>
          {named && <option value={filters.routeId!}>{filters.routeId}</option>}
          {routes.map((route) => (
            <option key={route.id} value={route.id}>
              {route.archived ? t('filters.archivedRoute', { title: route.title }) : route.title}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">{t('filters.from')}</span>
        <input
          type="datetime-local"
          name="from"
          value={localOfInstant(filters.from)}
          onChange={(event) => change({ from: instantOfLocal(event.target.value) })}
        />
      </label>
      <label className="field">
        <span className="field-label">{t('filters.to')}</span>
        <input
          type="datetime-local"
          name="to"
          value={localOfInstant(filters.to)}
          onChange={(event) => change({ to: instantOfLocal(event.target.value) })}
        />
      </label>
      <label className="field">
        <span className="field-label">{t('filters.size')}</span>
        <select name="size" value={filters.size} onChange={(event) => change({ size: Number(event.target.value) })}>
          {sizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </label>
      {filtered && (
        <button type="button" className="link" onClick={() => onChange({ ...DEFAULT_FILTERS, size: filters.size })}>
          {t('filters.clear')}
        </button>
      )}
    </form>
  );
}
