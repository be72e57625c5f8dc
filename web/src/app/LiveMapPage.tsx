import { useCallback, useMemo, useState } from 'react';
import { useStartedDeliveries } from '../features/deliveries/api/use-started-deliveries';
import { buildDeliveryItems } from '../features/deliveries/utils/delivery-items';
import { useLiveTracking } from '../features/live-map/api/use-live-tracking';
import { LiveMap } from '../features/live-map/components/LiveMap';
import { useRoutes } from '../features/routes/api/use-routes';
import type { Delivery } from '../types/api';
import { ControlPanel, type PanelNotice } from './ControlPanel';

/** The dispatcher's page at `/`: the live map with the control panel. */
export function LiveMapPage() {
  const routesState = useRoutes();
  const routes = routesState.routes;
  const tracking = useLiveTracking();
  const { started, add } = useStartedDeliveries(tracking.vehicles);
  const [chosenRouteId, setChosenRouteId] = useState<string | null>(null);
  const [message, setMessage] = useState<PanelNotice | null>(null);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const [fitRequest, setFitRequest] = useState<{ routeId: string; requestId: number } | null>(null);
  const routeId = chosenRouteId ?? routes[0]?.id ?? null;
  const titleOf = useCallback((id: string) => routes.find((r) => r.id === id)?.title ?? id, [routes]);

  const onStarted = useCallback(
    (delivery: Delivery) => {
      add(delivery);
      // Earlier "delivered" notices give way to the new delivery's.
      setDismissed(new Set(started.filter((d) => d.status === 'delivered').map((d) => d.id)));
      setMessage({ kind: 'info', text: `Delivery ${shortId(delivery.id)} requested: ${titleOf(delivery.routeId)}` });
      setChosenRouteId(delivery.routeId);
      setFitRequest((previous) => ({ routeId: delivery.routeId, requestId: (previous?.requestId ?? 0) + 1 }));
    },
    [add, titleOf, started],
  );

  const items = useMemo(
    () => buildDeliveryItems(started, tracking.vehicles, routes),
    [started, tracking.vehicles, routes],
  );

  // Errors first, then the newest of this page's deliveries that arrived (until dismissed), then info.
  const delivered = [...started].reverse().find((d) => d.status === 'delivered' && !dismissed.has(d.id));
  const deliveredNotice: PanelNotice | null = delivered
    ? { kind: 'success', text: `Delivery ${shortId(delivered.id)} delivered: ${titleOf(delivered.routeId)}` }
    : null;
  const routesError: PanelNotice | null =
    routesState.status === 'error' ? { kind: 'error', text: routesState.error } : null;
  const notice = (message?.kind === 'error' ? message : null) ?? routesError ?? deliveredNotice ?? message;

  const dismiss = () => {
    if (notice === deliveredNotice && delivered) setDismissed((ids) => new Set(ids).add(delivered.id));
    else setMessage(null);
  };

  return (
    <div className="app-shell">
      <ControlPanel
        routes={routes}
        routeId={routeId}
        onRouteChange={setChosenRouteId}
        onStarted={onStarted}
        onError={(text) => setMessage({ kind: 'error', text })}
        notice={notice}
        onDismissNotice={dismiss}
        items={items}
        connection={tracking.status}
      />
      <main className="map-area">
        <LiveMap routes={routes} selectedRouteId={routeId} vehicles={tracking.vehicles} fitRequest={fitRequest} />
      </main>
    </div>
  );
}

function shortId(id: string): string {
  return id.slice(0, 8);
}
