import { lazy, Suspense, useEffect } from 'react';
import { AppLink } from '../components/AppLink';
import { deliveryIdFromPath } from '../features/tracking-page/utils/tracking-link';
import { usePathname } from '../lib/navigation';
import { LiveMapPage } from './LiveMapPage';

// The dashboards page carries the charting library: the live map page does not load it.
const DashboardsPage = lazy(() =>
  import('../features/dashboards/components/DashboardsPage').then((module) => ({ default: module.DashboardsPage })),
);

// A customer's tracking page (`/track/{deliveryId}`), in its own chunk with the map providers.
const TrackingRoute = lazy(() => import('./TrackingRoute'));

const TITLES: Record<string, string> = { '/': 'Code Delivery', '/dashboards': 'Dashboards · Code Delivery' };

/** The app shell: picks the page by path and composes the features; the only place that knows them all. */
export function App() {
  const path = usePathname();
  useEffect(() => {
    document.title = TITLES[path] ?? (deliveryIdFromPath(path) !== null ? 'Tracking · Code Delivery' : 'Not found · Code Delivery');
  }, [path]);

  if (path === '/') return <LiveMapPage />;
  if (path === '/dashboards') {
    return (
      <Suspense fallback={<p className="page-loading">Loading dashboards…</p>}>
        <DashboardsPage />
      </Suspense>
    );
  }
  const trackedId = deliveryIdFromPath(path);
  if (trackedId !== null) {
    return (
      <Suspense fallback={<p className="page-loading">Loading…</p>}>
        <TrackingRoute key={trackedId} deliveryId={trackedId} />
      </Suspense>
    );
  }
  return (
    <main className="not-found">
      <h1>Page not found</h1>
      <p>
        <AppLink to="/">Live map</AppLink> · <AppLink to="/dashboards">Dashboards</AppLink>
      </p>
    </main>
  );
}
