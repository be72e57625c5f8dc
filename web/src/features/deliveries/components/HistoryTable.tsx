import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/AppLink';
import { isCancellable, takesNewDriverLink, type DeliveryRecord } from '../api/delivery-record';
import type { DeliveryCancels } from '../api/use-cancel-delivery';
import type { DriverLinks } from '../api/use-driver-links';
import { useHistoryFormats } from '../hooks/use-history-formats';
import { useCanDispatch } from '../../../lib/session/session-context';
import { CancelDeliveryControl } from './CancelDeliveryControl';
import { CustomerLinkControl } from './CustomerLinkControl';
import { DriverLinkBox } from './DriverLinkBox';
import { DriverMark } from './DriverMark';
import { NewDriverLinkControl } from './NewDriverLinkControl';
import styles from './DeliveryHistory.module.css';

/** Columns of the table (a driver link row spans them all). */
const COLUMNS = 8;

export interface HistoryTableProps {
  records: readonly DeliveryRecord[];
  busy: boolean;
  cancels: DeliveryCancels;
  driverLinks: DriverLinks;
  /** Where a delivery's tracking page is. */
  trackingPath: (deliveryId: string) => string;
}

/**
 * The delivery records, one row each (`data-delivery-id`, `data-status`, `data-driver`); the route
 * title links to the tracking page, beside a mark of what drives the delivery. For a dispatcher,
 * every delivery has "Customer link"; those not yet ended a Cancel action, device ones also "New
 * driver link", whose link is shown in a row of its own under the delivery's while it has not ended. Distance: the route's length; for a
 * cancelled one, how far it got of it.
 */
export function HistoryTable({ records, busy, cancels, driverLinks, trackingPath }: HistoryTableProps) {
  const { t } = useTranslation('history');
  const format = useHistoryFormats();
  const canDispatch = useCanDispatch();
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
          {records.map((record) => {
            const linkState = driverLinks.states.get(record.id) ?? null;
            const newLinks = takesNewDriverLink(record);
            return (
              <Fragment key={record.id}>
                <tr data-delivery-id={record.id} data-status={record.status} data-driver={record.driver}>
                  <td>
                    <span className={styles.routeCell}>
                      <DriverMark driver={record.driver} />
                      <AppLink to={trackingPath(record.id)} title={t('table.track', { id: record.id })}>
                        {record.routeTitle || record.routeId}
                      </AppLink>
                    </span>
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
                  <td className={styles.actions}>
                    {canDispatch && <CustomerLinkControl deliveryId={record.id} />}
                    {canDispatch && newLinks && <NewDriverLinkControl deliveryId={record.id} state={linkState} {...actionsOf(driverLinks)} />}
                    {canDispatch && isCancellable(record.status) && (
                      <CancelDeliveryControl deliveryId={record.id} state={cancels.states.get(record.id) ?? null} inlineError {...actionsOf(cancels)} />
                    )}
                  </td>
                </tr>
                {newLinks && linkState?.status === 'done' && (
                  <tr className={styles.linkRow}>
                    <td colSpan={COLUMNS}>
                      <div className={styles.linkBox}>
                        <DriverLinkBox deliveryId={record.id} link={linkState.result} onDismiss={() => driverLinks.dismiss(record.id)} />
                      </div>
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function actionsOf({ ask, confirm, dismiss }: DeliveryCancels | DriverLinks) {
  return { ask, confirm, dismiss };
}
