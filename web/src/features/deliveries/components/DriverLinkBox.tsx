import { useTranslation } from 'react-i18next';
import type { DeviceLink } from '../../../types/device-api';
import { driverLink } from '../utils/driver-link';
import { CopyableLink } from './CopyableLink';

export interface DriverLinkBoxProps {
  deliveryId: string;
  link: DeviceLink;
  onDismiss: () => void;
}

/**
 * The link a phone delivery's driver opens (absolute), with a copy button and a line saying it
 * is the driver's key. `[data-driver-link]` carries the delivery id; the input holds the link.
 */
export function DriverLinkBox({ deliveryId, link, onDismiss }: DriverLinkBoxProps) {
  const { t } = useTranslation('fleet');
  return (
    <CopyableLink title={t('driverLink.title')} url={driverLink(link.driverPath)} explain={t('driverLink.explain')}
      onDismiss={onDismiss} hooks={{ 'data-driver-link': deliveryId }} />
  );
}
