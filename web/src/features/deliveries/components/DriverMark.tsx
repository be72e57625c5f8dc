import { useTranslation } from 'react-i18next';
import type { DriverKind } from '../../../types/device-api';
import styles from './DeliveryHistory.module.css';

/**
 * A small icon saying what drives a delivery: the driver's phone or the simulated vehicle; its
 * name is the accessible name and the tooltip. `data-driver` carries the kind.
 */
export function DriverMark({ driver }: { driver: DriverKind }) {
  const { t } = useTranslation('history');
  const label = t(`driver.${driver}`);
  return (
    <span className={styles.driverMark} data-driver={driver} role="img" aria-label={label} title={label}>
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        {driver === 'device' ? (
          <>
            <rect x="4" y="1.5" width="8" height="13" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
            <circle cx="8" cy="12" r="0.9" fill="currentColor" />
          </>
        ) : (
          <>
            <path d="M1.5 10.5V8l1.6-3.5h7.4L12.5 8h1.2a.8.8 0 0 1 .8.8v1.7" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />
            <circle cx="4.5" cy="11.5" r="1.6" fill="currentColor" />
            <circle cx="11.5" cy="11.5" r="1.6" fill="currentColor" />
          </>
        )}
      </svg>
    </span>
  );
}
