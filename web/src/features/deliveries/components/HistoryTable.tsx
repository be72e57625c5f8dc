import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/AppLink';
import { isCancellable, type DeliveryRecord } from '../api/delivery-record';
import type { DeliveryCancels } from '../api/use-cancel-delivery';
import { useHistoryFormats } from '../hooks/use-history-formats';
import { CancelDeliveryControl } from './CancelDeliveryControl';
import styles from './DeliveryHistory.module.css';

export interface HistoryTableProps {
  records: readonly DeliveryRecord[];
  busy: boolean;
  cancels: DeliveryCancels;
  /** Where a delivery's tracking page is. */
  trackingPath: (deliveryId: string) => string;
}

/**
 * The delivery records, one row each (`data-delivery-id`, `data-status`); the route title links to
 * the tracking page, deliveries not yet ended have a Cancel action. Distance: the route's length;
 * for a cancelled one, how far it got of it.
 */
export function HistoryTable({ records, busy, cancels, trackingPath }: HistoryTableProps) {
  const { t } = useTranslation('history');
  const format = useHistoryFormats();
  return (
    <div className={styles.tableScroll}>
      <table className={styles.table} data-testid="delivery-history" aria-busy={busy} aria-label={t('table.label')}>
        <thead>
          <tr>
            <th scope="col">{t('table.route')}</th>
            <th scope="col">{t('table.status')}</th>
            <th scope="col">{t('table.requested')}</th>
            <th scope="col">{t('table.started')}</th>
            <th scope="col">{t('table.ended')}</th>
            <th scope="col" className={styles.number}>{t('table.duration')}</th>
            <th scope="col" className={styles.number}>{t('table.distance')}</th>
            <th scope="col"><span className="visually-hidden">{t('table.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          {records.map((record) => (
            <tr key={record.id} data-delivery-id={record.id} data-status={record.status}>
              <td>
                <AppLink to={trackingPath(record.id)} title={t('table.track', { id: record.id })}>
                  {record.routeTitle || record.routeId}
                </AppLink>
              </td>
              <td>
                <span className={`badge badge-${record.status}`}>{t(`status.${record.status}`)}</span>
              </td>
              <td>{format.dateTime(record.requestedAt)}</td>
              <td>{format.dateTime(record.startedAt)}</td>
              <td>{format.dateTime(record.deliveredAt ?? record.cancelledAt)}</td>
              <td className={styles.number}>{format.duration(record.durationSeconds)}</td>
              <td className={styles.number}>
                {record.status === 'cancelled' && record.drivenMeters !== null
                  ? t('table.drivenOf', { driven: format.kilometers(record.drivenMeters), total: format.kilometers(record.distanceMeters) })
                  : format.kilometers(record.distanceMeters)}
              </td>
              <td>
                {isCancellable(record.status) && (
                  <CancelDeliveryControl deliveryId={record.id} state={cancels.states.get(record.id) ?? null} inlineError {...actionsOf(cancels)} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function actionsOf({ ask, confirm, dismiss }: DeliveryCancels) {
  return { ask, confirm, dismiss };
}
