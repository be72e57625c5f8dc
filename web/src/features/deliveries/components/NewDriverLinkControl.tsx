import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DriverLinkActions, DriverLinkState } from '../api/use-driver-links';
import styles from './DeliveryHistory.module.css';

export interface NewDriverLinkControlProps extends DriverLinkActions {
  deliveryId: string;
  state: DriverLinkState | null;
}

/**
 * "New driver link" for a device delivery, then an inline confirmation (the current link stops
 * working: "Yes, issue it / Keep current link"), then "Issuing…"; a refusal is shown beside it.
 * The issued link itself is shown by whoever holds the states (`DriverLinkBox`). Test hooks:
 * `data-action` (`new-driver-link`, `confirm-new-link`, `keep-link`) inside the row that carries
 * the delivery's `data-delivery-id`; the buttons do not repeat the id.
 */
export const NewDriverLinkControl = memo(function NewDriverLinkControl({ deliveryId, state, ask, confirm, dismiss }: NewDriverLinkControlProps) {
  const { t } = useTranslation('history');
  const status = state?.status ?? 'idle';
  return (
    <span className={styles.linkControl} data-new-link={status}>
      {status === 'confirming' ? (
        <>
          <span className={styles.linkQuestion}>{t('newLink.question')}</span>
          <button type="button" className="link" data-action="confirm-new-link" onClick={() => confirm(deliveryId)}>
            {t('newLink.confirm')}
          </button>
          <button type="button" className="link" data-action="keep-link" onClick={() => dismiss(deliveryId)}>
            {t('newLink.keep')}
          </button>
        </>
      ) : status === 'pending' ? (
        <button type="button" className="link" data-action="new-driver-link" disabled aria-busy="true">
          {t('newLink.pending')}
        </button>
      ) : (
        <button type="button" className="link" data-action="new-driver-link" onClick={() => ask(deliveryId)}>
          {t('newLink.button')}
        </button>
      )}
      {state?.status === 'error' && (
        <span className={styles.linkError} role="alert">
          {state.message}
        </span>
      )}
    </span>
  );
});
