import { DriverPage } from '../features/driver/components/DriverPage';
import { MapLibreSceneMap } from '../features/tracking-page/components/MapLibreSceneMap';

/**
 * `/drive/{deliveryId}` (loaded lazily, its own chunk): the driver's page, drawing its map with
 * the tracking page's MapLibre renderer (or Google Maps, as configured).
 */
export default function DriverRoute({ deliveryId }: { deliveryId: string }) {
  return <DriverPage deliveryId={deliveryId} maplibre={MapLibreSceneMap} />;
}
