import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormats } from '../../../lib/i18n/format';
import { LanguageSwitcher } from '../../../lib/i18n/LanguageSwitcher';
import type { MapProviderConfig } from '../../../lib/map/provider/map-provider';
import { SceneMap, type SceneMapSwitchProps } from '../../../lib/map/provider/SceneMap';
import { navigate } from '../../../lib/navigation';
import type { DeviceDelivery } from '../../../types/device-api';
import { useDriver } from '../hooks/use-driver';
import { useDriverSession } from '../hooks/use-driver-session';
import { driverPath, lastDrivenDelivery, takeToken } from '../utils/driver-link';
import { distanceLeftMeters, driverScene, measurePath } from '../utils/driver-scene';
import { driverStatus, type DriverStatus } from '../utils/driver-status';
import { openPositionStore } from '../utils/indexeddb-position-store';
import type { PositionStore } from '../utils/position-store';
import { registerDriverWorker } from '../utils/service-worker';
import styles from './DriverPage.module.css';
import shell from '../../../components/PageShell.module.css';

export interface DriverPageProps {
  /** From `/drive/{deliveryId}`; `''` for `/drive/` (the installed app's start: the last delivery driven). */
  deliveryId: string;
  /** The MapLibre renderer of a scene (a feature's component, passed in by the app). */
  maplibre: SceneMapSwitchProps['maplibre'];
  /** Where recorded positions wait (default: IndexedDB). */
  store?: PositionStore;
  /** Default: `navigator.geolocation`; null: none. */
  geolocation?: Geolocation | null;
  /** The map provider fields of `/api/config`; read from the backend when left out. */
  mapConfig?: MapProviderConfig | null;
  /** Registers the service worker (default: web/public/drive-sw.js). */
  registerWorker?: () => unknown;
}

/**
 * The driver's page at `/drive/{deliveryId}#token=...`: the phone is the vehicle. It keeps the
 * token (then drops it from the address), loads the delivery, reports the phone's GPS positions
 * (stored first, sent in order, kept through network loss) and ends the delivery on arrival.
 * Test hooks on the root `[data-driver-delivery]`: `data-driver-status` (see {@link DriverStatus}),
 * `data-pending` (positions waiting to be sent) and `data-last-acked-seq` (-1: none).
 */
export function DriverPage({ deliveryId, maplibre, store: givenStore, geolocation, mapConfig, registerWorker = registerDriverWorker }: DriverPageProps) {
  const [token] = useState(() => (deliveryId ? takeToken(deliveryId) : null));
  const [store] = useState(() => givenStore ?? openPositionStore());
  const { state, reload } = useDriverSession(deliveryId, token);
  const { t } = useTranslation('driver');

  useEffect(() => {
    void registerWorker();
  }, [registerWorker]);
  // `/drive/`: back to the delivery this phone drove last, if it kept its key.
  const last = useMemo(() => (deliveryId ? null : lastDrivenDelivery()), [deliveryId]);
  useEffect(() => {
    if (last) navigate(driverPath(last), { replace: true });
  }, [last]);

  if (state.status === 'ready') {
    return (
      <Drive
        deliveryId={deliveryId}
        token={token!}
        session={state.session}
        cached={state.cached}
        store={store}
        geolocation={geolocation === null ? undefined : (geolocation ?? navigator.geolocation)}
        maplibre={maplibre}
        mapConfig={mapConfig}
      />
    );
  }
  const status: DriverStatus =
    state.status === 'no-token' ? 'no-token' : state.status === 'unauthorized' ? 'unauthorized' : state.status === 'error' ? 'load-error' : 'loading';
  return (
    <DriverShell deliveryId={deliveryId} status={status} pending={null} lastAckedSeq={null}>
      <section className={styles.panel}>
        <StatusLine status={status} message={state.status === 'error' ? state.message : undefined} />
        {state.status === 'error' && (
          <button type="button" onClick={reload}>
            {t('retry')}
          </button>
        )}
      </section>
    </DriverShell>
  );
}

interface DriveProps {
  deliveryId: string;
  token: string;
  session: DeviceDelivery;
  cached: boolean;
  store: PositionStore;
  geolocation: Geolocation | undefined;
  maplibre: SceneMapSwitchProps['maplibre'];
  mapConfig: MapProviderConfig | null | undefined;
}

function Drive({ deliveryId, token, session, cached, store, geolocation, maplibre, mapConfig }: DriveProps) {
  const { t } = useTranslation('driver');
  const formats = useFormats();
  const drive = useDriver({ deliveryId, token, session, store, geolocation });
  const status = driverStatus({
    deliveryStatus: session.delivery.status,
    queue: drive.queue,
    gps: drive.gps,
    online: drive.online,
    arrived: drive.arrived,
  });
  const route = useMemo(() => measurePath(session.path), [session.path]);
  const delivered = status === 'delivered';
  const end = session.path.at(-1);
  // Delivered with no fix of this page's own (reloaded after the end): the phone rests at the destination.
  const position = useMemo(() => drive.fix ?? (delivered && end ? { lng: end[0], lat: end[1] } : null), [drive.fix, delivered, end]);
  const left = delivered ? 0 : distanceLeftMeters(route, position);
  const scene = useMemo(() => driverScene(deliveryId, session.path, position, delivered), [deliveryId, session.path, position, delivered]);
  const { pending, lastAckedSeq } = drive.queue;

  return (
    <DriverShell deliveryId={deliveryId} status={status} pending={pending} lastAckedSeq={lastAckedSeq}>
      <section className={styles.panel}>
        <StatusLine status={status} pending={pending} finishing={drive.arrived} />
        {cached && status !== 'delivered' && <p className={styles.note}>{t('offlineCopy')}</p>}
        <dl className={styles.figures}>
          <dt>{t('route')}</dt>
          <dd data-figure="route">{session.delivery.routeTitle || session.delivery.routeId}</dd>
          <dt>{t('distanceLeft')}</dt>
          <dd data-figure="distance-left">{left === null ? t('none') : formats.distance(left)}</dd>
          <dt>{t('pending')}</dt>
          <dd data-figure="pending">{formats.count(pending)}</dd>
          <dt>{t('lastSent')}</dt>
          <dd data-figure="last-acked-seq">{lastAckedSeq < 0 ? t('none') : formats.count(lastAckedSeq + 1)}</dd>
        </dl>
      </section>
      <div className={styles.map}>
        <SceneMap maplibre={maplibre} config={mapConfig} scene={scene} camera={position ? 'selected' : 'all'} onSelect={() => {}} />
      </div>
    </DriverShell>
  );
}

function DriverShell({ deliveryId, status, pending, lastAckedSeq, children }: { deliveryId: string; status: DriverStatus; pending: number | null; lastAckedSeq: number | null; children: ReactNode }) {
  const { t } = useTranslation('driver');
  return (
    <div
      className={shell.standalone}
      data-driver-delivery={deliveryId}
      data-driver-status={status}
      data-pending={pending ?? undefined}
      data-last-acked-seq={lastAckedSeq ?? undefined}
    >
      <header className={shell.standaloneHeader}>
        <span className={shell.brand}>
          {t('common:appName')} · {t('brand')}
        </span>
        <LanguageSwitcher />
      </header>
      <main className={styles.body}>{children}</main>
    </div>
  );
}

function StatusLine({ status, pending = 0, finishing = false, message }: { status: DriverStatus; pending?: number; finishing?: boolean; message?: string | undefined }) {
  const { t } = useTranslation('driver');
  const formats = useFormats();
  const key = status === 'sending' && finishing ? 'finishing' : status;
  const title = status === 'offline' ? t('status.offline', { count: pending, formatted: formats.count(pending) }) : t(`status.${key}`);
  const explain = t(`explain.${key}`, { message: message ?? '' });
  return (
    <div className={`${styles.status} ${styles[`status_${status}`] ?? ''}`} role="status">
      <h1 data-status-text={status}>{title}</h1>
      {status !== 'loading' && <p>{explain}</p>}
    </div>
  );
}
