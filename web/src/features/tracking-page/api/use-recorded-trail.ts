import { useEffect, useState } from 'react';
import type { TrailPoint } from '../utils/tracking-view';
import { getDeliveryTrail } from './get-delivery-trail';

/**
 * For a delivery that ended before the page opened (the live feed has nothing of it): the path it
 * drove, from the dashboards API (untimed points). Undefined until known, or when the search engine
 * cannot say (the page then shows the route alone).
 */
export function useRecordedTrail(deliveryId: string, enabled: boolean): readonly TrailPoint[] | undefined {
  const [trail, setTrail] = useState<{ id: string; points: readonly TrailPoint[] }>();
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    getDeliveryTrail(deliveryId, controller.signal)
      .then((points) => setTrail({ id: deliveryId, points: points.map(([lng, lat]) => ({ lat, lng, emittedAt: null })) }))
      .catch(() => {});
    return () => controller.abort();
  }, [deliveryId, enabled]);
  return enabled && trail?.id === deliveryId ? trail.points : undefined;
}
