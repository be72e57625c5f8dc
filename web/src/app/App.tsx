import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../components/AppLink';
import { driverDeliveryIdFromPath } from '../features/driver/utils/driver-link';
import { deliveryIdFromPath, trackingPath } from '../features/tracking-page/utils/tracking-link';
import { usePathname } from '../lib/navigation';
import { LiveMapPage } from './LiveMapPage';

// The dashboards page carries the charting library: the live map page does not load it.
const DashboardsPage = lazy(() =>
  import('../features/dashboards/components/DashboardsPage').then((module) => ({ default: module.DashboardsPage })),
);

// Route management (`/routes`): import, list, rename, archive.
const RoutesPage = lazy(() =>
  import('../features/routes/components/RoutesPage').then((module) => ({ default: module.RoutesPage })),
);

// The delivery history (`/deliveries`): filter, page through, cancel.
const DeliveryHistoryPage = lazy(() =>
  import('../features/deliveries/components/DeliveryHistoryPage').then((module) => ({ default: module.DeliveryHistoryPage })),
);

// A customer's tracking page (`/track/{deliveryId}`), in its own chunk with the map providers.
const TrackingRoute = lazy(() => import('./TrackingRoute'));

// The driver's page (`/drive/{deliveryId}`): the phone is the vehicle; its own chunk too.
const DriverRoute = lazy(() => import('./DriverRoute'));

/** The page a path names, for its title. */
function pageOf(path: string): 'liveMap' | 'dashboards' | 'routes' | 'deliveries' | 'tracking' | 'driver' | 'notFound' {
  if (path === '/') return 'liveMap';
  if (path === '/dashboards') return 'dashboards';
  if (path === '/routes') return 'routes';
  if (path === '/deliveries') return 'deliveries';
  if (driverDeliveryIdFromPath(path) !== null) return 'driver';
  return deliveryIdFromPath(path) !== null ? 'tracking' : 'notFound';
}

/** The app shell: picks the page by path and composes the features; the only place that knows them all. */
export function App() {
  const path = usePathname();
  const { t, i18n } = useTranslation();
  const page = pageOf(path);
  useEffect(() => {
    document.title = t(`titles.${page}`);
  }, [page, t, i18n.resolvedLanguage]);

  if (path === '/') return <LiveMapPage />;
  if (path === '/dashboards') {
    return (
      <Suspense fallback={<p className="page-loading">{t('loadingDashboards')}</p>}>
        <DashboardsPage />
      </Suspense>
    );
  }
  if (path === '/routes') {
    return (
      <Suspense fallback={<p className="page-loading">{t('loadingRoutes')}</p>}>
        <RoutesPage />
      </Suspense>
    );
  }
  if (path === '/deliveries') {
    return (
      <Suspense fallback={<p className="page-loading">{t('loadingDeliveries')}</p>}>
        <DeliveryHistoryPage trackingPath={trackingPath} />
      </Suspense>
    );
  }
  const drivenId = driverDeliveryIdFromPath(path);
  if (drivenId !== null) {
    return (
      <Suspense fallback={<p className="page-loading">{t('loading')}</p>}>
        <DriverRoute key={drivenId} deliveryId={drivenId} />
      </Suspense>
    );
  }
  const trackedId = deliveryIdFromPath(path);
  if (trackedId !== null) {
    return (
      <Suspense fallback={<p className="page-loading">{t('loading')}</p>}>
        <TrackingRoute key={trackedId} deliveryId={trackedId} />
      </Suspense>
    );
  }
  return (
    <main className="not-found">
      <h1>{t('notFound')}</h1>
      <p>
        <AppLink to="/">{t('liveMap')}</AppLink> · <AppLink to="/dashboards">{t('dashboards')}</AppLink> · <AppLink to="/routes">{t('routes')}</AppLink> ·{' '}
        <AppLink to="/deliveries">{t('deliveries')}</AppLink>
      </p>
    </main>
  );
}
