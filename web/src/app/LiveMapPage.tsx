import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStartedDeliveries } from '../features/deliveries/api/use-started-deliveries';
import { DeliveryPanel } from '../features/deliveries/components/DeliveryPanel';
import { buildActiveRows, buildRecentRows, ProgressTracker } from '../features/deliveries/utils/fleet-rows';
import { useFleetSnapshot, useLiveTracking } from '../features/live-map/api/use-live-tracking';
import { LiveMap } from '../features/live-map/components/LiveMap';
import { SceneMap } from '../lib/map/provider/SceneMap';
import type { VehicleFeed } from '../features/live-map/components/vehicle-feed';
import { VehiclePopup } from '../features/live-map/components/VehiclePopup';
import { SceneBuilder } from '../features/live-map/utils/scene';
import { ScopeCoalescer } from '../features/live-map/utils/viewport-scope';
import { useRoutes } from '../features/routes/api/use-routes';
import type { MapViewport, SceneMapProps } from '../lib/map/map-scene';
import { FLEET_SCOPE } from '../lib/tracking-scope';
import type { Delivery, TrackingScope } from '../types/api';
import { ControlPanel, type PanelNotice } from './ControlPanel';

type Camera = SceneMapProps['camera'];

export interface LiveMapPageProps {
  /** How often the panel and the map's lines catch up with the live store (the vehicles move at frame rate). */
  panelRefreshMs?: number;
}

/** The dispatcher's page at `/`: the fleet on the map, the control panel with the deliveries. */
export function LiveMapPage({ panelRefreshMs = 1000 }: LiveMapPageProps) {
  const { t } = useTranslation('fleet');
  const routesState = useRoutes();
  const routes = routesState.routes;
  const routesById = useMemo(() => new Map(routes.map((r) => [r.id, r])), [routes]);
  const [camera, setCamera] = useState<Camera>('all');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [scope, setScope] = useState<TrackingScope>(FLEET_SCOPE);
  const { store, status } = useLiveTracking(scope);
  const { state, recent, atMs } = useFleetSnapshot(store, panelRefreshMs);
  const { started, add } = useStartedDeliveries(state.vehicles);

  // While fitting all, or waiting for a selected delivery to show up, the map needs the whole fleet.
  const selectedMissing = selectedId !== null && !state.vehicles[selectedId] && !state.ended.has(selectedId);
  const onViewportChange = useViewportScope(camera === 'all' || (camera === 'selected' && selectedMissing), setScope);

  const [tracker] = useState(() => new ProgressTracker());
  const [sceneBuilder] = useState(() => new SceneBuilder());
  const active = useMemo(
    () => buildActiveRows(state.vehicles, started, routesById, tracker, state.ended, atMs),
    [state.vehicles, started, routesById, tracker, state.ended, atMs],
  );
  const recentRows = useMemo(() => buildRecentRows(recent, routesById), [recent, routesById]);
  const scene = useMemo(() => sceneBuilder.build(state.vehicles, routesById, selectedId), [sceneBuilder, state.vehicles, routesById, selectedId]);
  const feed = useMemo<VehicleFeed>(() => ({ subscribe: store.subscribe, vehicles: () => store.getState().vehicles }), [store]);

  const select = useCallback((id: string | null) => {
    setSelectedId(id);
    setCamera((current) => (id ? 'selected' : current === 'selected' ? 'none' : current));
  }, []);
  const onUserCameraMove = useCallback(() => setCamera('none'), []);

  const [chosenRouteId, setChosenRouteId] = useState<string | null>(null);
  const routeId = chosenRouteId ?? routes[0]?.id ?? null;
  const notices = useNotices(started, routesById);
  const onStarted = useCallback(
    (delivery: Delivery) => {
      add(delivery);
      notices.started(delivery);
      select(delivery.id);
    },
    [add, notices, select],
  );

  const selectedRow = selectedId ? active.find((row) => row.deliveryId === selectedId) : undefined;
  const routesError: PanelNotice | null =
    routesState.status === 'error' ? { kind: 'error', text: t('route.loadError', { message: routesState.error }) } : null;

  return (
    <div className="app-shell">
      <ControlPanel
        routes={routes}
        routeId={routeId}
        onRouteChange={setChosenRouteId}
        onStarted={onStarted}
        onError={notices.error}
        notice={notices.current(routesError)}
        onDismissNotice={notices.dismiss}
        connection={status}
      >
        <DeliveryPanel
          active={active}
          recent={recentRows}
          selectedId={selectedId}
          onSelect={select}
          scope={scope.kind === 'area' ? 'area' : 'fleet'}
        />
      </ControlPanel>
      <main className="map-area">
        <SceneMap
          maplibre={{ render: (props) => <LiveMap {...props} vehicleFeed={feed} onUserCameraMove={onUserCameraMove} /> }}
          scene={scene}
          camera={camera}
          onSelect={select}
          onViewportChange={onViewportChange}
          popup={selectedRow ? <VehiclePopup {...selectedRow} nowMs={atMs} /> : undefined}
        />
        <button
          type="button"
          className="fit-all"
          aria-pressed={camera === 'all'}
          title={t('map.fitAllTitle')}
          onClick={() => setCamera('all')}
        >
          {t('map.fitAll')}
        </button>
      </main>
    </div>
  );
}

/** Viewport changes -> the tracking scope, coalesced (see viewport-scope.ts). */
function useViewportScope(autoFit: boolean, setScope: (scope: TrackingScope) => void): (viewport: MapViewport) => void {
  const [coalescer] = useState(() => new ScopeCoalescer(FLEET_SCOPE, autoFit, setScope));
  useEffect(() => coalescer.autoFitChanged(autoFit), [coalescer, autoFit]);
  useEffect(() => () => coalescer.dispose(), [coalescer]);
  return useCallback((viewport: MapViewport) => coalescer.viewportChanged(viewport), [coalescer]);
}

/**
 * The panel's one notice: errors first, then the newest of this page's deliveries that was
 * delivered (until dismissed), then the latest information.
 */
function useNotices(started: readonly Delivery[], routesById: ReadonlyMap<string, { title: string }>) {
  const { t } = useTranslation('fleet');
  const [message, setMessage] = useState<PanelNotice | null>(null);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const titleOf = (id: string) => routesById.get(id)?.title ?? id;
  const delivered = [...started].reverse().find((d) => d.status === 'delivered' && !dismissed.has(d.id));
  const deliveredNotice: PanelNotice | null = delivered
    ? { kind: 'success', text: t('notice.delivered', { id: shortId(delivered.id), route: titleOf(delivered.routeId) }) }
    : null;
  return {
    started: (delivery: Delivery) => {
      // Earlier "delivered" notices give way to the new delivery's.
      setDismissed(new Set(started.filter((d) => d.status === 'delivered').map((d) => d.id)));
      setMessage({ kind: 'info', text: t('notice.requested', { id: shortId(delivery.id), route: titleOf(delivery.routeId) }) });
    },
    error: (text: string) => setMessage({ kind: 'error', text }),
    current: (routesError: PanelNotice | null) =>
      (message?.kind === 'error' ? message : null) ?? routesError ?? deliveredNotice ?? message,
    dismiss: () => {
      if (delivered && message?.kind !== 'error') setDismissed((ids) => new Set(ids).add(delivered.id));
      else setMessage(null);
    },
  };
}

function shortId(id: string): string {
  return id.slice(0, 8);
}
