import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/AppLink';
import { LanguageSwitcher } from '../../../lib/i18n/LanguageSwitcher';
import { useCanDispatch } from '../../../lib/session/session-context';
import { UserMenu } from '../../../lib/session/UserMenu';
import type { ManagedRoute } from '../api/route-types';
import { useManagedRoutes } from '../api/use-managed-routes';
import { useRouteImport } from '../api/use-route-import';
import { RouteImportPanel } from './RouteImportPanel';
import { RouteList } from './RouteList';
import { RouteMap } from './RouteMap';
import styles from './RoutesPage.module.css';
import shell from '../../../components/PageShell.module.css';

/** `/routes`: import a route from a file (previewed on the map before saving), list, rename, archive. */
export function RoutesPage() {
  const { t } = useTranslation('routes');
  const [withArchived, setWithArchived] = useState(false);
  const list = useManagedRoutes(withArchived);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const routeImport = useRouteImport((stored: ManagedRoute) => {
    list.keep(stored);
    setSelectedId(stored.id);
  });
  const selected = list.routes.find((route) => route.id === selectedId) ?? null;
  const canImport = useCanDispatch();

  return (
    <div className={styles.page}>
      <header className={shell.recordsHeader}>
        <h1>{t('title')}</h1>
        <nav className="page-nav" aria-label={t('common:pages')}>
          <AppLink to="/">{t('common:liveMap')}</AppLink>
          <AppLink to="/dashboards">{t('common:dashboards')}</AppLink>
          <span aria-current="page">{t('common:routes')}</span>
          <AppLink to="/deliveries">{t('common:deliveries')}</AppLink>
        </nav>
        <UserMenu />
        <LanguageSwitcher />
      </header>
      <div className={styles.body}>
        <div className={styles.side}>
          {canImport && <RouteImportPanel routeImport={routeImport} />}
          <RouteList
            list={list}
            withArchived={withArchived}
            onWithArchivedChange={setWithArchived}
            selectedId={selectedId}
            onSelect={setSelectedId}
          />
        </div>
        <main className={styles.mapArea}>
          <RouteMap route={routeImport.draft ?? selected} />
        </main>
      </div>
    </div>
  );
}
