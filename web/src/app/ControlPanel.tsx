import { AppLink } from '../components/AppLink';
import { ConnectionStatus } from '../components/ConnectionStatus';
import { Notice, type NoticeKind } from '../components/Notice';
import { DeliveryList } from '../features/deliveries/components/DeliveryList';
import { StartDeliveryButton } from '../features/deliveries/components/StartDeliveryButton';
import type { DeliveryItem } from '../features/deliveries/utils/delivery-items';
import { RoutePicker } from '../features/routes/components/RoutePicker';
import type { SocketStatus } from '../lib/tracking-socket';
import type { Delivery, Route } from '../types/api';

export interface PanelNotice {
  kind: NoticeKind;
  text: string;
}

export interface ControlPanelProps {
  routes: readonly Route[];
  routeId: string | null;
  onRouteChange: (routeId: string) => void;
  onStarted: (delivery: Delivery) => void;
  onError: (message: string) => void;
  notice: PanelNotice | null;
  onDismissNotice: () => void;
  items: readonly DeliveryItem[];
  connection: SocketStatus;
}

/** The side panel: pick a route, start a delivery, read notices, watch the active deliveries. */
export function ControlPanel(props: ControlPanelProps) {
  return (
    <aside className="panel">
      <header className="panel-header">
        <h1>Code Delivery</h1>
        <ConnectionStatus status={props.connection} />
      </header>
      <nav className="page-nav" aria-label="Pages">
        <span aria-current="page">Live map</span>
        <AppLink to="/dashboards">Dashboards</AppLink>
      </nav>
      <section className="panel-section" aria-label="New delivery">
        <RoutePicker routes={props.routes} value={props.routeId} onChange={props.onRouteChange} />
        <StartDeliveryButton routeId={props.routeId} onStarted={props.onStarted} onError={props.onError} />
      </section>
      <div className="notices" aria-live="polite">
        {props.notice && (
          <Notice kind={props.notice.kind} onDismiss={props.onDismissNotice}>
            {props.notice.text}
          </Notice>
        )}
      </div>
      <section className="panel-section grow" aria-label="Deliveries">
        <h2>Active deliveries</h2>
        <DeliveryList items={props.items} />
      </section>
    </aside>
  );
}
