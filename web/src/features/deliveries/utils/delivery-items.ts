import type { Delivery, DeliveryStatus, Position, Route } from '../../../types/api';
import { progressAlong } from '../../../utils/route-progress';

/** A delivery's latest live position; `finished`: it was delivered there. */
export type LivePosition = Position & { finished: boolean };

export interface DeliveryItem {
  deliveryId: string;
  routeTitle: string;
  seq: number | null;
  /** 0..1 along the route, null before the first position. */
  progress: number | null;
  status: DeliveryStatus;
  /** Started from this page. */
  mine: boolean;
}

/**
 * The deliveries to list: the live ones (any dispatcher's) and the ones this page
 * started that have no position yet. This page's own come first, newest first.
 */
export function buildDeliveryItems(
  started: readonly Delivery[],
  positions: Readonly<Record<string, LivePosition>>,
  routes: readonly Route[],
): DeliveryItem[] {
  const routesById = new Map(routes.map((r) => [r.id, r]));
  const mine = new Set(started.map((d) => d.id));
  const items: DeliveryItem[] = [];
  for (const delivery of [...started].reverse()) {
    if (positions[delivery.id]) items.push(fromPosition(positions[delivery.id]!, routesById, true));
    else if (delivery.status === 'requested') items.push(requested(delivery, routesById));
  }
  for (const position of Object.values(positions)) {
    if (!mine.has(position.deliveryId)) items.push(fromPosition(position, routesById, false));
  }
  return items;
}

function fromPosition(p: LivePosition, routes: Map<string, Route>, mine: boolean): DeliveryItem {
  const route = routes.get(p.routeId);
  return {
    deliveryId: p.deliveryId,
    routeTitle: route?.title ?? p.routeId,
    seq: p.seq,
    progress: p.finished ? 1 : route ? progressAlong(route.geometry, p.lat, p.lng) : null,
    status: p.finished ? 'delivered' : 'in_transit',
    mine,
  };
}

function requested(d: Delivery, routes: Map<string, Route>): DeliveryItem {
  return {
    deliveryId: d.id,
    routeTitle: routes.get(d.routeId)?.title ?? d.routeId,
    seq: null,
    progress: null,
    status: 'requested',
    mine: true,
  };
}
