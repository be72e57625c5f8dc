import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConnectionStatus } from '../../../components/ConnectionStatus';
import { Notice } from '../../../components/Notice';
import { useFormats } from '../../../lib/i18n/format';
import { LanguageSwitcher } from '../../../lib/i18n/LanguageSwitcher';
import type { MapProviderConfig } from '../../../lib/map/provider/map-provider';
import { SceneMap } from '../../../lib/map/provider/SceneMap';
import type { SocketStatus } from '../../../lib/tracking-socket';
import type { Route } from '../../../types/api';
import { silentSince } from '../../../utils/silence';
import type { DeliveryRecord } from '../api/get-tracked-delivery';
import type { DeliveryRecordState } from '../api/use-delivery-record';
import { useDrivenTrail } from '../api/use-driven-trail';
import { useRecordedTrail } from '../api/use-recorded-trail';
import { copyTrackingLink, trackingLink } from '../utils/tracking-link';
import { deliveryView, progressPercent, trackingScene, type DeliveryView, type LiveVehicle } from '../utils/tracking-view';
import { MapLibreSceneMap } from './MapLibreSceneMap';
import { useNow } from './use-now';
import styles from './TrackingPage.module.css';
import shell from '../../../components/PageShell.module.css';

/** How long after the live "delivered" the delivery record is read again (the backend records it meanwhile). */
const RECORD_DELAY_MS = 3_000;

/** What the live feed (the socket subscribed to this delivery alone) knows of it. */
export interface LiveFeed {
  status: SocketStatus;
  vehicle: LiveVehicle | null;
  /** The snapshot's trail of this delivery, `[lat, lng]` points, oldest first, when the server sent one. */
  trailSeed?: readonly (readonly [number, number])[];
  /** The feed removed the delivery as ended (delivered or cancelled): nothing more of it will come. */
  ended?: boolean;
}

export interface TrackingPageProps {
  deliveryId: string;
  record: DeliveryRecordState;
  /** Ask the backend for the delivery again. */
  onReload: () => void;
  /** null: nothing is subscribed (the delivery does not exist). */
  feed: LiveFeed | null;
  /** The map provider fields of `/api/config`; read from the backend when left out. */
  mapConfig?: MapProviderConfig | null;
  googleTimeoutMs?: number;
}

/**
 * A customer's page for one delivery at `/track/{id}`: the map following its vehicle, progress,
 * distance left, ETA, speed and status until it says "Delivered" (or "Cancelled"). The root carries
 * `data-tracking-delivery`, `data-state` (`loading`, `ready`, `not-found`, `invalid`, `denied`, `error`)
 * and, once the delivery is known, `data-status` and `data-progress` (0..100).
 */
export function TrackingPage({ deliveryId, record, onReload, feed, mapConfig, googleTimeoutMs }: TrackingPageProps) {
  const { t } = useTranslation('tracking');
  return (
    <div className={shell.standalone} data-tracking-delivery={deliveryId} data-state={record.status}>
      <header className={shell.standaloneHeader}>
        <span className={shell.brand}>{t('common:appName')}</span>
        <span className={styles.headerTools}>
          {feed && <ConnectionStatus status={feed.status} />}
          <LanguageSwitcher />
        </span>
      </header>
      {record.status === 'ready' ? (
        <TrackedDelivery
          deliveryId={deliveryId}
          delivery={record.delivery}
          route={record.route}
          feed={feed}
          onReload={onReload}
          mapConfig={mapConfig}
          googleTimeoutMs={googleTimeoutMs}
        />
      ) : (
        <main className={styles.message}>
          {record.status === 'loading' && <p>{t('loading')}</p>}
          {(record.status === 'not-found' || record.status === 'invalid' || record.status === 'denied') && (
            <>
              <h1>{t(`${messageKey(record.status)}.title`)}</h1>
              <p data-not-found={record.status}>{t(`${messageKey(record.status)}.body`, { id: deliveryId })}</p>
            </>
          )}
          {record.status === 'error' && (
            <>
              <Notice kind="error">{t('error', { message: record.message })}</Notice>
              <button type="button" onClick={onReload}>
                {t('retry')}
              </button>
            </>
          )}
        </main>
      )}
    </div>
  );
}

interface TrackedDeliveryProps extends Omit<TrackingPageProps, 'record'> {
  delivery: DeliveryRecord;
  route: Route | null;
}

function TrackedDelivery({ deliveryId, delivery, route, feed, onReload, mapConfig, googleTimeoutMs }: TrackedDeliveryProps) {
  const { t } = useTranslation('tracking');
  const vehicle = feed?.vehicle ?? null;
  const trail = useDrivenTrail(deliveryId, vehicle, feed?.trailSeed);
  // Opened after the end, the live feed has nothing of it: the recorded path stands in.
  const recorded = useRecordedTrail(deliveryId, delivery.status === 'delivered' && trail.points.length < 2);
  const points = recorded && trail.points.length < 2 ? recorded : trail.points;
  const view = deliveryView(delivery, route, vehicle ?? points[points.length - 1] ?? null, points, trail.deliveredLive);
  const percent = progressPercent(view);

  // The vehicle left the feed without a "delivered" (e.g. it arrived while the socket reconnected): ask the backend.
  // Likewise, a little later, once it is seen delivered: for the time the backend recorded.
  // Removed as ended without being seen delivered (cancelled, even before it started): the record says how it ended.
  const ended = view.status === 'delivered' || view.status === 'cancelled';
  const lostInTransit = (trail.lost || Boolean(feed?.ended)) && !ended;
  const deliveredUnrecorded = trail.deliveredLive && delivery.status !== 'delivered';
  useEffect(() => {
    if (!lostInTransit && !deliveredUnrecorded) return;
    const timer = setTimeout(onReload, lostInTransit ? 0 : RECORD_DELAY_MS);
    return () => clearTimeout(timer);
  }, [lostInTransit, deliveredUnrecorded, onReload]);

  const [follow, setFollow] = useState(true);
  const scene = useMemo(() => trackingScene(deliveryId, route, points, view.status), [deliveryId, route, points, view.status]);
  const camera = follow && scene.vehicles.length > 0 && !ended ? 'selected' : 'all';

  return (
    <main className={styles.body} data-status={view.status} data-progress={percent}>
      <section className={styles.panel} aria-labelledby="tracking-heading">
        <h1 id="tracking-heading">{t('heading')}</h1>
        <p className={`${styles.status} ${styles[`status_${view.status}`] ?? ''}`} data-status-text={view.status}>
          {t(`status.${view.status}`)}
        </p>
        {view.status === 'in_transit' && <SilentVehicle lastPositionAtMs={vehicle?.emittedAt ?? null} />}
        {view.status === 'delivered' && <Notice kind="success">{t('deliveredMessage')}</Notice>}
        {view.status === 'cancelled' && <Notice kind="info">{t('cancelledMessage')}</Notice>}
        <Figures view={view} percent={percent} delivery={delivery} route={route} deliveryId={deliveryId} />
        <div className={styles.actions}>
          <CopyLinkButton deliveryId={deliveryId} />
          {!ended && scene.vehicles.length > 0 && (
            <button type="button" className="link" aria-pressed={follow} onClick={() => setFollow((f) => !f)}>
              {follow ? t('showRoute') : t('followVehicle')}
            </button>
          )}
        </div>
      </section>
      <div className={styles.map}>
        <SceneMap
          maplibre={MapLibreSceneMap}
          config={mapConfig}
          googleTimeoutMs={googleTimeoutMs}
          scene={scene}
          camera={camera}
          onSelect={() => {}}
        />
      </div>
    </main>
  );
}

function Figures({ view, percent, delivery, route, deliveryId }: { view: DeliveryView; percent: number; delivery: DeliveryRecord; route: Route | null; deliveryId: string }) {
  const { t } = useTranslation('tracking');
  const formats = useFormats();
  const now = useNow(view.etaMs === null ? null : 5_000);
  const unknown = t('unknown');
  const eta = view.etaMs;
  const deliveredAt = delivery.deliveredAt ? Date.parse(delivery.deliveredAt) : NaN;
  const cancelledAt = delivery.cancelledAt ? Date.parse(delivery.cancelledAt) : NaN;
  return (
    <dl className={styles.figures}>
      <dt>{t('route')}</dt>
      <dd data-figure="route">{route?.title ?? delivery.routeId}</dd>
      <dt>{t('progress')}</dt>
      <dd data-figure="progress">
        <progress max={100} value={percent} aria-label={t('progress')} /> {formats.percent(percent / 100)}
      </dd>
      <dt>{t('distanceLeft')}</dt>
      <dd data-figure="distance-left">{view.distanceLeftMeters === null ? unknown : formats.distance(view.distanceLeftMeters)}</dd>
      {view.status !== 'delivered' && view.status !== 'cancelled' && (
        <>
          <dt>{t('eta')}</dt>
          <dd data-figure="eta">
            {eta === null ? unknown : `${formats.duration(eta)} (${t('arrivalAround', { time: formats.time(now + eta) })})`}
          </dd>
          <dt>{t('speed')}</dt>
          <dd data-figure="speed">{view.speedMetersPerSecond === null ? unknown : formats.speed(view.speedMetersPerSecond)}</dd>
        </>
      )}
      {view.status === 'delivered' && Number.isFinite(deliveredAt) && (
        <>
          <dt>{t('deliveredAt')}</dt>
          <dd data-figure="delivered-at">{formats.time(deliveredAt)}</dd>
        </>
      )}
      {view.status === 'cancelled' && Number.isFinite(cancelledAt) && (
        <>
          <dt>{t('cancelledAt')}</dt>
          <dd data-figure="cancelled-at">{formats.time(cancelledAt)}</dd>
        </>
      )}
      <dt>{t('deliveryId')}</dt>
      <dd data-figure="delivery-id" className={styles.id}>{deliveryId}</dd>
    </dl>
  );
}

/** "No signal since HH:MM" when the vehicle's last position is older than 30 s (checked every 5 s). */
function SilentVehicle({ lastPositionAtMs }: { lastPositionAtMs: number | null }) {
  const { t } = useTranslation('tracking');
  const formats = useFormats();
  const now = useNow(lastPositionAtMs === null ? null : 5_000);
  const since = silentSince(lastPositionAtMs, now);
  if (since === null) return null;
  return (
    <p className={styles.silent} data-silent-since={since}>
      {t('silentSince', { time: formats.time(since) })}
    </p>
  );
}

function CopyLinkButton({ deliveryId }: { deliveryId: string }) {
  const { t } = useTranslation('tracking');
  const [result, setResult] = useState<'copied' | 'failed' | null>(null);
  const copy = async () => setResult((await copyTrackingLink(deliveryId)) ? 'copied' : 'failed');
  return (
    <>
      <button type="button" onClick={() => void copy()}>
        {t('copyLink')}
      </button>
      {result && (
        <span role="status" className={styles.copied}>
          {result === 'copied' ? t('linkCopied') : t('copyFailed', { link: trackingLink(deliveryId) })}
        </span>
      )}
    </>
  );
}

function messageKey(status: 'not-found' | 'invalid' | 'denied'): 'notFound' | 'invalid' | 'denied' {
  return status === 'not-found' ? 'notFound' : status;
}
