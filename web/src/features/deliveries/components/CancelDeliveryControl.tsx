import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CancelActions, CancelState } from '../api/use-cancel-delivery';

export interface CancelDeliveryControlProps extends CancelActions {
  deliveryId: string;
  state: CancelState | null;
  /** Show a refusal here (else whoever holds the states shows it). */
  inlineError?: boolean;
}

/**
 * Cancel, then a small inline confirmation ("Cancel this delivery? Yes, cancel / Keep it"), then
 * "Cancelling…" until the delivery is gone. Test hooks: `data-action` (`cancel`,
 * `confirm-cancel`, `keep`) inside the row that carries the delivery's `data-delivery-id`
 * (`[data-delivery-id="…"] [data-action="cancel"]`); the buttons do not repeat the id, so
 * `[data-delivery-id]` still finds one element per delivery. Clicks do not reach the row.
 */
export const CancelDeliveryControl = memo(function CancelDeliveryControl({
  deliveryId,
  state,
  inlineError = false,
  ask,
  confirm,
  dismiss,
}: CancelDeliveryControlProps) {
  const { t } = useTranslation('fleet');
  const status = state?.status ?? 'idle';
  return (
    <span className="cancel-control" data-cancel={status} onClick={(event) => event.stopPropagation()}>
      {status === 'confirming' ? (
        <>
          <span className="cancel-question">{t('cancel.question')}</span>
          <button type="button" className="link danger" data-action="confirm-cancel" onClick={() => confirm(deliveryId)}>
            {t('cancel.confirm')}
          </button>
          <button type="button" className="link" data-action="keep" onClick={() => dismiss(deliveryId)}>
            {t('cancel.keep')}
          </button>
        </>
      ) : status === 'pending' || status === 'done' ? (
        <button type="button" className="link" data-action="cancel" disabled aria-busy="true">
          {t('cancel.pending')}
        </button>
      ) : (
        <button type="button" className="link danger" data-action="cancel" onClick={() => ask(deliveryId)}>
          {t('cancel.button')}
        </button>
      )}
      {inlineError && state?.status === 'error' && (
        <span className="cancel-error" role="alert">
          {state.message}
        </span>
      )}
    </span>
  );
});
