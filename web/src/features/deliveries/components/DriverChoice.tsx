import { useTranslation } from 'react-i18next';
import type { DriverKind } from '../../../types/device-api';

const KINDS: readonly DriverKind[] = ['simulator', 'device'];

export interface DriverChoiceProps {
  value: DriverKind;
  onChange: (driver: DriverKind) => void;
  disabled?: boolean;
}

/** Who drives the next delivery: the simulated vehicle or the driver's phone (`name="driver"` radios). */
export function DriverChoice({ value, onChange, disabled = false }: DriverChoiceProps) {
  const { t } = useTranslation('fleet');
  return (
    <fieldset className="driver-choice" disabled={disabled}>
      <legend className="field-label">{t('driver.label')}</legend>
      {KINDS.map((kind) => (
        <label key={kind} className="driver-option">
          <input type="radio" name="driver" value={kind} checked={value === kind} onChange={() => onChange(kind)} />
          {t(`driver.${kind}`)}
        </label>
      ))}
    </fieldset>
  );
}
