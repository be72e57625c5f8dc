import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Delivery } from '../../../types/api';
import type { DeviceLink, DriverKind } from '../../../types/device-api';
import { startDelivery } from '../api/start-delivery';

export interface StartDeliveryButtonProps {
  routeId: string | null;
  /** Who drives it (default: the simulator). */
  driver?: DriverKind;
  /** The created delivery, and the driver's link when a phone drives it. */
  onStarted: (delivery: Delivery, device: DeviceLink | null) => void;
  onError: (message: string) => void;
}

/** Starts a delivery on the chosen route; disabled while no route is chosen or a start is pending. */
export function StartDeliveryButton({ routeId, driver = 'simulator', onStarted, onError }: StartDeliveryButtonProps) {
  const { t } = useTranslation('fleet');
  const [pending, setPending] = useState(false);

  const start = async () => {
    if (!routeId) return;
    setPending(true);
    try {
      const { delivery, device } = await startDelivery(routeId, driver);
      onStarted(delivery, device);
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
