import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../components/AppLink';
import { driverDeliveryIdFromPath } from '../features/driver/utils/driver-link';
import { deliveryIdFromPath, trackingPath } from '../features/tracking-page/utils/tracking-link';
import { navigate, usePathname } from '../lib/navigation';
import { accessFromSearch, setTrackingAccess } from '../lib/tracking-access';
import { needsSignIn } from '../lib/session/session';
import { SignInPage } from '../features/session/components/SignInPage';
import { useSession } from '../lib/session/session-context';
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
function pageOf(path: string): 'liveMap' | 'dashboards' | 'routes' | 'deliveries' | 'tracking' | 'driver' | 'signIn' | 'notFound' {
  if (path === '/') return 'liveMap';
  if (path === '/sign-in') return 'signIn';
  if (path === '/dashboards') return 'dashboards';
  if (path === '/routes') return 'routes';
  if (path === '/deliveries') return 'deliveries';
  if (driverDeliveryIdFromPath(path) !== null) return 'driver';
  return deliveryIdFromPath(path) !== null ? 'tracking' : 'notFound';
}

/**
 * The app shell: picks the page by path and composes the features; the only place that knows them
 * all. A customer's tracking page and the driver's page stand on their own links (a tracking
 * link's token, a device token); every other page asks who is there when the backend runs signed in.
 */
export function App() {
  const path = usePathname();
  const { t, i18n } = useTranslation();
  const page = pageOf(path);
  const { state, reload } = useSession();
  const signedIn = state.status === 'ready' && !needsSignIn(state.session);
  useEffect(() => {
    document.title = t(`titles.${page}`);
  }, [page, t, i18n.resolvedLanguage]);
  useEffect(() => {
    if (page === 'signIn' && signedIn) navigate('/', { replace: true });
  }, [page, signedIn]);

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
    setTrackingAccess(accessFromSearch(window.location.search));
    return (
      <Suspense fallback={<p className="page-loading">{t('loading')}</p>}>
        <TrackingRoute key={trackedId} deliveryId={trackedId} />
      </Suspense>
    );
  }
  setTrackingAccess(null);
  if (state.status === 'loading') return <p className="page-loading">{t('session:checking')}</p>;
  if (state.status === 'error') {
    return (
      <main className="fatal" role="alert">
        <p>{t('session:unreachable', { message: state.message })}</p>
        <button type="button" onClick={reload}>
          {t('session:retry')}
        </button>
      </main>
    );
  }
  if (!signedIn || page === 'signIn') return <SignInPage />;

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
