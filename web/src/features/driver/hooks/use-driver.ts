import { useEffect, useState } from 'react';
import type { DeviceDelivery } from '../../../types/device-api';
import { sendPositions } from '../api/send-positions';
import { saveSession } from '../utils/driver-link';
import type { GpsState } from '../utils/driver-status';
import type { PositionStore } from '../utils/position-store';
import { nextSeq, PositionRecorder, type Fix } from '../utils/recorder';
import { SendQueue, type QueueState } from '../utils/send-queue';

export interface DriverDrive {
  /** The phone's latest GPS fix (every fix, also those not recorded). */
  fix: Fix | null;
  gps: GpsState;
  queue: QueueState;
  /** The finished position is recorded: recording stopped. */
  arrived: boolean;
  online: boolean;
}

export interface DriveOptions {
  deliveryId: string;
  token: string;
  session: DeviceDelivery;
  store: PositionStore;
  /** `navigator.geolocation` (undefined: none). */
  geolocation: Geolocation | undefined;
}

const ENDED = new Set(['delivered', 'cancelled']);

/**
 * The drive: watches the phone's position (high accuracy), records at most one position per
 * 500 ms (stored in `store` first, then sent by a {@link SendQueue}), ends the delivery with the
 * first position within `arrivalMeters` of the route's end, and follows `online`/`offline`.
 * What a reload left in the store is sent first; recording starts after the stored seqs.
 */
export function useDriver({ deliveryId, token, session, store, geolocation }: DriveOptions): DriverDrive {
  const [fix, setFix] = useState<Fix | null>(null);
  const [gps, setGps] = useState<GpsState>(geolocation ? 'waiting' : 'unavailable');
  const [arrived, setArrived] = useState(false);
  const [online, setOnline] = useState(() => navigator.onLine !== false);
  const [queue, setQueue] = useState<QueueState>(() => ({
    phase: 'idle', pending: 0, lastAckedSeq: session.lastSeq, ended: null, retryInMs: null, error: null,
  }));

  useEffect(() => {
    const ended = ENDED.has(session.delivery.status);
    let stopped = false;
    let watchId: number | null = null;
    let recorder: PositionRecorder | null = null;
    const destination = session.path[session.path.length - 1];
    function stopWatching() {
      if (watchId !== null) geolocation?.clearWatch(watchId);
      watchId = null;
    }
    const queue = new SendQueue({
      deliveryId,
      store,
      lastAckedSeq: session.lastSeq,
      send: (positions) => sendPositions(token, positions),
      onChange: (state) => {
        setQueue(state);
        if (state.lastAckedSeq > session.lastSeq) saveSession(deliveryId, { ...session, lastSeq: state.lastAckedSeq });
        if (state.phase === 'ended' || state.phase === 'unauthorized') stopWatching();
      },
      onFinishRefused: async (position) => {
        await recorder?.reopen(position);
        setArrived(false);
        startWatching();
      },
    });
    const onFix = (position: GeolocationPosition) => {
      const next: Fix = { lat: position.coords.latitude, lng: position.coords.longitude, timestamp: position.timestamp };
      setFix(next);
      setGps('ok');
      void recorder?.record(next).then((recorded) => {
        if (!recorded || stopped) return;
        queue.notify();
        if (recorded.finished) {
          setArrived(true);
          stopWatching();
        }
      });
    };
    const onGpsError = (error: GeolocationPositionError) => {
      // A timeout only means no fix yet: the watch goes on.
      if (error.code === error.PERMISSION_DENIED) setGps('denied');
      else if (error.code === error.POSITION_UNAVAILABLE) setGps('unavailable');
    };
    function startWatching() {
      if (stopped || watchId !== null || !geolocation || recorder?.finished) return;
      watchId = geolocation.watchPosition(onFix, onGpsError, { enableHighAccuracy: true, maximumAge: 0, timeout: 30_000 });
    }

    void (async () => {
      const last = await store.last(deliveryId).catch(() => null);
      if (stopped) return;
      recorder = destination
        ? new PositionRecorder({
            deliveryId,
            store,
            firstSeq: nextSeq(session.lastSeq, last?.seq ?? null),
            destination,
            arrivalMeters: session.arrivalMeters,
            finished: ended || (last?.finished ?? false),
          })
        : null;
      if (last?.finished) setArrived(true);
      queue.notify();
      if (!ended) startWatching();
    })();

    const wentOnline = () => {
      setOnline(true);
      queue.setOnline(true);
    };
    const wentOffline = () => {
      setOnline(false);
      queue.setOnline(false);
    };
    window.addEventListener('online', wentOnline);
    window.addEventListener('offline', wentOffline);
    return () => {
      stopped = true;
      stopWatching();
      queue.stop();
      window.removeEventListener('online', wentOnline);
      window.removeEventListener('offline', wentOffline);
    };
  }, [deliveryId, token, session, store, geolocation]);

  return { fix, gps, queue, arrived, online };
}
