import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceLink } from '../../../types/device-api';
import { driverLink } from '../utils/driver-link';

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
  const url = driverLink(link.driverPath);
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <div className="driver-link" data-driver-link={deliveryId} role="group" aria-label={t('driverLink.title')}>
      <div className="driver-link-top">
        <strong>{t('driverLink.title')}</strong>
        <button type="button" className="link" onClick={onDismiss}>
          {t('common:dismiss')}
        </button>
      </div>
      <div className="driver-link-row">
        <input type="text" readOnly value={url} aria-label={t('driverLink.title')} onFocus={(event) => event.target.select()} />
        <button type="button" onClick={() => void copy()}>
          {t('driverLink.copy')}
        </button>
      </div>
      <p className="muted">{t('driverLink.explain')}</p>
      {copied && <span role="status">{copied === 'copied' ? t('driverLink.copied') : t('driverLink.copyFailed')}</span>}
    </div>
  );
}
