import { bearingDegrees, distanceMeters, measureRoute } from '../../../lib/geo/route-geometry';
import { etaMs, routeProgress } from '../../../lib/geo/route-progress';
import type { MapScene, SceneVehicle } from '../../../lib/map/map-scene';
import type { DeliveryStatus, Route } from '../../../types/api';
import type { DeliveryRecord } from '../api/get-tracked-delivery';

/** One point of the path driven; `emittedAt` (epoch ms) is null for points seeded from a snapshot's trail. */
export interface TrailPoint {
  lat: number;
  lng: number;
  emittedAt: number | null;
}

/** The live vehicle of the delivery (its latest position), as the tracking state holds it. */
export interface LiveVehicle {
  deliveryId: string;
  routeId: string;
  seq: number;
  lat: number;
  lng: number;
  emittedAt: number;
  /** A `removed` `delivered` came after this position. */
  finished: boolean;
}

export interface DeliveryView {
  status: DeliveryStatus;
  /** 0..1 along the route (1 once delivered). */
  progress: number;
  distanceLeftMeters: number | null;
  speedMetersPerSecond: number | null;
  /** Time left at the current speed; null when unknown (standing still, no route). */
  etaMs: number | null;
}

/** How many of the latest timed points the speed is averaged over (a few seconds of driving). */
const SPEED_WINDOW = 8;

/** Average speed over the latest timed points, m/s; null until two are known. */
export function speedOf(trail: readonly TrailPoint[]): number | null {
  const timed = trail.filter((p) => p.emittedAt !== null).slice(-SPEED_WINDOW);
  if (timed.length < 2) return null;
  let meters = 0;
  for (let i = 1; i < timed.length; i++) {
    meters += distanceMeters(timed[i - 1]!.lat, timed[i - 1]!.lng, timed[i]!.lat, timed[i]!.lng);
  }
  const seconds = (timed[timed.length - 1]!.emittedAt! - timed[0]!.emittedAt!) / 1000;
  return seconds > 0 ? meters / seconds : null;
}

/** Where the vehicle heads: the bearing from the last trail point it moved away from; null until it moved. */
export function headingOf(trail: readonly TrailPoint[]): number | null {
  const last = trail[trail.length - 1];
  if (!last) return null;
  for (let i = trail.length - 2; i >= 0; i--) {
    const point = trail[i]!;
    if (distanceMeters(point.lat, point.lng, last.lat, last.lng) >= 1) {
      return bearingDegrees(point.lat, point.lng, last.lat, last.lng);
    }
  }
  return null;
}

/**
 * The figures the page shows: status (delivered when the record or the live feed says so,
 * cancelled when the record says so, in transit once a position is known), progress along the
 * route, distance left, speed and ETA (none once cancelled: the vehicle is not coming).
 */
export function deliveryView(
  record: DeliveryRecord,
  route: Route | null,
  vehicle: { lat: number; lng: number } | null,
  trail: readonly TrailPoint[],
  deliveredLive: boolean,
): DeliveryView {
  const delivered = deliveredLive || record.status === 'delivered';
  const status: DeliveryStatus = delivered ? 'delivered' : vehicle || record.status === 'in_transit' ? 'in_transit' : 'requested';
  if (delivered) return { status, progress: 1, distanceLeftMeters: 0, speedMetersPerSecond: null, etaMs: 0 };
  if (record.status === 'cancelled') {
    const where = route && vehicle ? routeProgress(measureRoute(route), vehicle.lat, vehicle.lng) : null;
    return { status: 'cancelled', progress: where?.fraction ?? 0, distanceLeftMeters: where?.distanceLeftMeters ?? null, speedMetersPerSecond: null, etaMs: null };
  }
  const speed = speedOf(trail);
  if (!route || !vehicle) {
    return { status, progress: 0, distanceLeftMeters: route ? measureRoute(route).lengthMeters : null, speedMetersPerSecond: speed, etaMs: null };
  }
  const place = routeProgress(measureRoute(route), vehicle.lat, vehicle.lng);
  return {
    status,
    progress: place.fraction,
    distanceLeftMeters: place.distanceLeftMeters,
    speedMetersPerSecond: speed,
    etaMs: etaMs(place.distanceLeftMeters, speed),
  };
}

/** The whole percentage `data-progress` carries: 0..100, 100 only once delivered. */
export function progressPercent(view: DeliveryView): number {
  if (view.status === 'delivered') return 100;
  return Math.min(99, Math.max(0, Math.round(view.progress * 100)));
}

const ROUTE_COLOR = '#5b6b8c';
/** The one delivery's colour (trail, vehicle, destination); green is kept for "delivered". */
const DELIVERY_COLOR = '#1c7ed6';

/** What the map shows: the route, the path driven, the destination and the vehicle, followed. */
export function trackingScene(
  deliveryId: string,
  route: Route | null,
  trail: readonly TrailPoint[],
  status: DeliveryStatus,
): MapScene {
  const color = DELIVERY_COLOR;
  // Delivered with nothing of its drive known (opened after the end): it rests at the destination.
  const last = trail[trail.length - 1] ?? (status === 'delivered' && route ? { ...route.end, emittedAt: null } : undefined);
  // Cancelled: the vehicle left; the path it drove stays.
  const vehicles: SceneVehicle[] = last && status !== 'cancelled'
    ? [{
        deliveryId,
        routeId: route?.id ?? '',
        seq: trail.length - 1,
        lat: last.lat,
        lng: last.lng,
        headingDeg: headingOf(trail),
        color,
        finished: status === 'delivered',
      }]
    : [];
  return {
    vehicles,
    routes: route ? [{ id: route.id, color: ROUTE_COLOR, coordinates: route.geometry.coordinates }] : [],
    trails: trail.length > 1 ? [{ id: deliveryId, color, coordinates: trail.map((p) => [p.lng, p.lat] as const) }] : [],
    destinations: route ? [{ id: route.id, color, lat: route.end.lat, lng: route.end.lng, title: route.title }] : [],
    selectedId: deliveryId,
  };
}
