import { useCallback, useMemo, useState } from 'react';
import type { Trails } from '../api/types';
import { trailColor, trailsToGeoJson } from '../utils/trail-geojson';
import { Panel } from './Panel';
import { TrailsMap } from './TrailsMap';
import styles from './Dashboards.module.css';

const STATUS_LABELS: Record<string, string> = { requested: 'requested', in_transit: 'in transit', delivered: 'delivered' };

/** The trail of each delivery on a map, with a legend of deliveries (route, status). */
export function TrailsPanel({ trails, fitKey, loading }: { trails: Trails | null; fitKey: string; loading: boolean }) {
  const collection = useMemo(() => trailsToGeoJson(trails?.trails ?? []), [trails]);
  const [drawn, setDrawn] = useState(0);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const onDrawn = useCallback((lines: number) => setDrawn(lines), []);
  const list = trails?.trails ?? [];
  const filled = trails !== null && drawn > 0 && collection.features.length > 0;

  return (
    <Panel id="trails" title="Delivery trails" filled={filled} className={styles.full}>
      <div className={styles.trails}>
        <div className={styles.trailsMapBox}>
          <TrailsMap trails={collection} fitKey={fitKey} focusedId={focusedId} onDrawn={onDrawn} />
          {trails === null && <p className={styles.mapOverlay}>{loading ? 'Loading…' : 'No data could be loaded yet.'}</p>}
          {trails !== null && collection.features.length === 0 && (
            <p className={styles.mapOverlay} data-empty="true">
              No delivery trails in this range.
            </p>
          )}
        </div>
        <ol className={styles.legend} aria-label="Deliveries on the map">
          {list.map((trail) => (
            <li key={trail.deliveryId} data-delivery-id={trail.deliveryId} data-status={trail.status}>
              <button
                type="button"
                className={styles.legendItem}
                aria-pressed={focusedId === trail.deliveryId}
                onClick={() => setFocusedId((id) => (id === trail.deliveryId ? null : trail.deliveryId))}
                title={`Delivery ${trail.deliveryId}`}
              >
                <span className={styles.swatch} style={{ background: trailColor(trail.deliveryId) }} aria-hidden="true" />
                <span className={styles.legendTitle}>{trail.routeTitle || trail.routeId}</span>
                <span className={`badge badge-${trail.status}`}>{STATUS_LABELS[trail.status] ?? trail.status}</span>
                <span className={styles.legendMeta}>
                  {trail.deliveryId.slice(0, 8)} · {trail.points.length} pts
                </span>
              </button>
            </li>
          ))}
        </ol>
      </div>
    </Panel>
  );
}
