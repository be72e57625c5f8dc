import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/AppLink';
import { Notice } from '../../../components/Notice';
import { useFormats } from '../../../lib/i18n/format';
import { LanguageSwitcher } from '../../../lib/i18n/LanguageSwitcher';
import { UserMenu } from '../../../lib/session/UserMenu';
import { navigate, useSearch } from '../../../lib/navigation';
import { useCancelDelivery } from '../api/use-cancel-delivery';
import { useDeliveryHistory } from '../api/use-delivery-history';
import { useDriverLinks } from '../api/use-driver-links';
import { useRouteOptions } from '../api/use-route-options';
import { filtersFromSearch, pageCount, searchOf, type HistoryFilters } from '../utils/history-query';
import { HistoryFilterBar } from './HistoryFilterBar';
import { HistoryTable } from './HistoryTable';
import styles from './DeliveryHistory.module.css';
import shell from '../../../components/PageShell.module.css';

/** The page's own path. */
export const HISTORY_PATH = '/deliveries';

export interface DeliveryHistoryPageProps {
  /** Where a delivery's tracking page is (the tracking page feature knows). */
  trackingPath: (deliveryId: string) => string;
}

/**
 * `/deliveries`: the delivery records, filtered by status, route and request time, a page at a
 * time; the filters are the query string (a link reproduces the view). Deliveries not yet ended
 * can be cancelled from their row, and a phone-driven one can be given a new driver link.
 */
export function DeliveryHistoryPage({ trackingPath }: DeliveryHistoryPageProps) {
  const { t } = useTranslation('history');
  const formats = useFormats();
  const search = useSearch();
  const filters = useMemo(() => filtersFromSearch(search), [search]);
  const show = (next: HistoryFilters) => navigate(`${HISTORY_PATH}${searchOf(next)}`);
  const routes = useRouteOptions();
  const history = useDeliveryHistory(filters);
  const cancels = useCancelDelivery(history.keep);
  const driverLinks = useDriverLinks();

  const page = history.page;
  const total = page?.total ?? 0;
  const pages = pageCount(total, filters.size);

  return (
    <div className={styles.page}>
      <header className={shell.recordsHeader}>
        <h1>{t('title')}</h1>
        <nav className="page-nav" aria-label={t('common:pages')}>
          <AppLink to="/">{t('common:liveMap')}</AppLink>
          <AppLink to="/dashboards">{t('common:dashboards')}</AppLink>
          <AppLink to="/routes">{t('common:routes')}</AppLink>
          <span aria-current="page">{t('common:deliveries')}</span>
        </nav>
        <UserMenu />
        <LanguageSwitcher />
      </header>
      <main className={styles.body} data-history-status={history.status}>
        <HistoryFilterBar filters={filters} routes={routes} onChange={show} />
        {history.status === 'error' && (
          <Notice kind="error">
            {t('loadFailed', { message: history.error })}{' '}
            <button type="button" className="link" onClick={history.reload}>
              {t('retry')}
            </button>
          </Notice>
        )}
        {page === null && history.status === 'loading' && <p className="muted">{t('loading')}</p>}
        {page !== null && (
          <>
            <HistoryTable records={page.items} busy={history.status === 'loading'} cancels={cancels} driverLinks={driverLinks} trackingPath={trackingPath} />
            {page.items.length === 0 && <p className="muted">{t(total > 0 ? 'pastLastPage' : 'empty')}</p>}
            <nav className={styles.pager} aria-label={t('pager.label')}>
              <button type="button" disabled={filters.page === 0} onClick={() => show({ ...filters, page: Math.min(filters.page, pages) - 1 })}>
                {t('pager.previous')}
              </button>
              <span data-page={filters.page + 1} data-pages={pages} data-total={total}>
                {t('pager.position', { page: formats.count(filters.page + 1), pages: formats.count(pages) })}
                {' · '}
                {t('pager.total', { count: total, formatted: formats.count(total) })}
              </span>
              <button type="button" disabled={filters.page + 1 >= pages} onClick={() => show({ ...filters, page: filters.page + 1 })}>
                {t('pager.next')}
              </button>
            </nav>
          </>
        )}
      </main>
    </div>
  );
}
