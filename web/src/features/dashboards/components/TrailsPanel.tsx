import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Trails } from '../api/types';
import { trailColor, trailsToGeoJson } from '../utils/trail-geojson';
import { Panel } from './Panel';
import { TrailsMap } from './TrailsMap';
import styles from './Dashboards.module.css';

const STATUSES = ['requested', 'in_transit', 'delivered'];

/** The trail of each delivery on a map, with a legend of deliveries (route, status). */
export function TrailsPanel({ trails, fitKey, loading }: { trails: Trails | null; fitKey: string; loading: boolean }) {
  const { t } = useTranslation('dashboards');
  const collection = useMemo(() => trailsToGeoJson(trails?.trails ?? []), [trails]);
  const [drawn, setDrawn] = useState(0);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const onDrawn = useCallback((lines: number) => setDrawn(lines), []);
  const list = trails?.trails ?? [];
  const filled = trails !== null && drawn > 0 && collection.features.length > 0;

  return (
    <Panel id="trails" title={t('trails.title')} filled={filled} className={styles.full}>
      <div className={styles.trails}>
        <div className={styles.trailsMapBox}>
          <TrailsMap trails={collection} fitKey={fitKey} focusedId={focusedId} onDrawn={onDrawn} />
          {trails === null && <p className={styles.mapOverlay}>{t(loading ? 'panel.loading' : 'panel.failed')}</p>}
          {trails !== null && collection.features.length === 0 && (
            <p className={styles.mapOverlay} data-empty="true">
              {t('trails.empty')}
            </p>
          )}
        </div>
        <ol className={styles.legend} aria-label={t('trails.legend')}>
          {list.map((trail) => (
            <li key={trail.deliveryId} data-delivery-id={trail.deliveryId} data-status={trail.status}>
              <button
                type="button"
                className={styles.legendItem}
                aria-pressed={focusedId === trail.deliveryId}
                onClick={() => setFocusedId((id) => (id === trail.deliveryId ? null : trail.deliveryId))}
                title={t('trails.delivery', { id: trail.deliveryId })}
              >
                <span className={styles.swatch} style={{ background: trailColor(trail.deliveryId) }} aria-hidden="true" />
                <span className={styles.legendTitle}>{trail.routeTitle || trail.routeId}</span>
                <span className={`badge badge-${trail.status}`}>{STATUSES.includes(trail.status) ? t(`trails.status.${trail.status}`) : trail.status}</span>
                <span className={styles.legendMeta}>
                  {trail.deliveryId.slice(0, 8)} · {t('trails.points', { count: trail.points.length })}
                </span>
              </button>
            </li>
          ))}
        </ol>
      </div>
    </Panel>
  );
}
