import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../components/AppLink';
import { ConnectionStatus } from '../components/ConnectionStatus';
import { Notice, type NoticeKind } from '../components/Notice';
import { CustomerLinkControl } from '../features/deliveries/components/CustomerLinkControl';
import { DemoControl } from '../features/deliveries/components/DemoControl';
import { DriverChoice } from '../features/deliveries/components/DriverChoice';
import { DriverLinkBox } from '../features/deliveries/components/DriverLinkBox';
import { StartDeliveryButton } from '../features/deliveries/components/StartDeliveryButton';
import { RoutePicker } from '../features/routes/components/RoutePicker';
import { LanguageSwitcher } from '../lib/i18n/LanguageSwitcher';
import { UserMenu } from '../lib/session/UserMenu';
import { useCanDispatch } from '../lib/session/session-context';
import type { SocketStatus } from '../lib/tracking-socket';
import type { Delivery, Route } from '../types/api';
import type { DeviceLink, DriverKind } from '../types/device-api';

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
  connection: SocketStatus;
  /** The deliveries lists. */
  children: ReactNode;
}

/**
 * The side panel: who is signed in, language and connection; for a dispatcher, start a delivery
 * (driven by the simulator or by the driver's phone, whose link it then shows, and a customer's link
 * for the one just started) or a demo; notices, the deliveries.
 */
export function ControlPanel(props: ControlPanelProps) {
  const { t } = useTranslation();
  const { t: tf } = useTranslation('fleet');
  const [driver, setDriver] = useState<DriverKind>('simulator');
  const [deviceLink, setDeviceLink] = useState<{ deliveryId: string; link: DeviceLink } | null>(null);
  const [lastStarted, setLastStarted] = useState<string | null>(null);
  const { onStarted } = props;
  const canStart = useCanDispatch();
  const started = (delivery: Delivery, device: DeviceLink | null) => {
    setDeviceLink(device ? { deliveryId: delivery.id, link: device } : null);
    setLastStarted(delivery.id);
    onStarted(delivery);
  };
  return (
    <aside className="panel">
      <header className="panel-header">
        <h1>{t('appName')}</h1>
        <div className="panel-header-tools">
          <UserMenu />
          <LanguageSwitcher />
          <ConnectionStatus status={props.connection} />
        </div>
      </header>
      <nav className="page-nav" aria-label={t('pages')}>
        <span aria-current="page">{t('liveMap')}</span>
        <AppLink to="/dashboards">{t('dashboards')}</AppLink>
        <AppLink to="/routes">{t('routes')}</AppLink>
        <AppLink to="/deliveries">{t('deliveries')}</AppLink>
      </nav>
      {canStart && (
        <section className="panel-section" aria-label={tf('newDelivery')}>
          <div className="start-row">
            <RoutePicker routes={props.routes} value={props.routeId} onChange={props.onRouteChange} />
            <StartDeliveryButton routeId={props.routeId} driver={driver} onStarted={started} onError={props.onError} />
          </div>
          <DriverChoice value={driver} onChange={setDriver} />
          {deviceLink && <DriverLinkBox deliveryId={deviceLink.deliveryId} link={deviceLink.link} onDismiss={() => setDeviceLink(null)} />}
          {lastStarted && (
            <div className="started-customer-link" data-started-delivery={lastStarted}>
              <span className="muted">{tf('started', { id: lastStarted.slice(0, 8) })}</span>
              <CustomerLinkControl key={lastStarted} deliveryId={lastStarted} />
            </div>
          )}
          <DemoControl routeIds={props.routes.map((r) => r.id)} />
        </section>
      )}
      <div className="notices" aria-live="polite">
        {props.notice && (
          <Notice kind={props.notice.kind} onDismiss={props.onDismissNotice}>
            {props.notice.text}
          </Notice>
        )}
      </div>
      {props.children}
    </aside>
  );
}
