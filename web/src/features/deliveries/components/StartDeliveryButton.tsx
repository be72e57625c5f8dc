import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Delivery } from '../../../types/api';
import { createDelivery } from '../api/create-delivery';

export interface StartDeliveryButtonProps {
  routeId: string | null;
  onStarted: (delivery: Delivery) => void;
  onError: (message: string) => void;
}

/** Starts a delivery on the chosen route; disabled while no route is chosen or a start is pending. */
export function StartDeliveryButton({ routeId, onStarted, onError }: StartDeliveryButtonProps) {
  const { t } = useTranslation('fleet');
  const [pending, setPending] = useState(false);

  const start = async () => {
    if (!routeId) return;
    setPending(true);
    try {
      onStarted(await createDelivery(routeId));
    } catch (error) {
      onError(error instanceof Error ? error.message : String(error));
    } finally {
      setPending(false);
    }
  };

  return (
    <button type="button" className="primary" disabled={!routeId || pending} onClick={() => void start()}>
      {pending ? t('start.pending') : t('start.button')}
    </button>
  );
}
