import { useMemo, useSyncExternalStore } from 'react';
import { env } from '../config/env';
import { withTrackingAccess } from '../lib/tracking-access';
import { useLiveTracking } from '../features/live-map/api/use-live-tracking';
import { trailPoints } from '../features/live-map/utils/trail';
import { useDeliveryRecord } from '../features/tracking-page/api/use-delivery-record';
import { TrackingPage, type TrackingPageProps } from '../features/tracking-page/components/TrackingPage';
import type { TrackingScope } from '../types/api';

/**
 * `/track/{deliveryId}` (loaded lazily): composes the tracking page with the live feed of that
 * one delivery (`/ws?delivery=ID`). Nothing is subscribed for an id that cannot be a delivery's,
 * one the backend does not know, or one the tracking link does not open.
 */
export default function TrackingRoute({ deliveryId }: { deliveryId: string }) {
  const { state, reload } = useDeliveryRecord(deliveryId);
  if (state.status === 'invalid' || state.status === 'not-found' || state.status === 'denied') {
    return <TrackingPage deliveryId={deliveryId} record={state} onReload={reload} feed={null} />;
  }
  return <LiveTrackingPage deliveryId={deliveryId} record={state} onReload={reload} />;
}

function LiveTrackingPage(props: Omit<TrackingPageProps, 'feed'>) {
  const { deliveryId } = props;
  const scope = useMemo<TrackingScope>(() => ({ kind: 'delivery', deliveryId }), [deliveryId]);
  // a customer's link: its token opens the socket too
  const { store, status } = useLiveTracking(scope, withTrackingAccess(env.trackingSocketUrl));
  // One delivery: following the store at every frame costs a render per position.
  const vehicle = useSyncExternalStore(store.subscribe, () => store.getState().vehicles[deliveryId]) ?? null;
  // Removed as delivered or cancelled (a cancelled one may never have had a vehicle).
  const ended = useSyncExternalStore(store.subscribe, () => store.getState().ended.has(deliveryId));
  const trail = vehicle?.trail;
  // The page draws the path from the snapshot's trail ([lng, lat] here, [lat, lng] there), then the positions.
  const trailSeed = useMemo(() => (trail ? trailPoints(trail).map(([lng, lat]) => [lat, lng] as const) : undefined), [trail]);
  return <TrackingPage {...props} feed={{ status, vehicle, trailSeed, ended }} />;
}
