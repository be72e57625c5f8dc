import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAX_SPAN_DAYS,
  parseCustomRange,
  PRESETS,
  rangeSpanMs,
  toDateTimeLocal,
  type CustomRangeError,
  type TimeRange,
} from '../utils/time-range';
import styles from './Dashboards.module.css';

export interface TimeRangePickerProps {
  value: TimeRange;
  onChange: (range: TimeRange) => void;
}

/** Presets (last 15 min … 7 days) or a validated custom from/to in local time. */
export function TimeRangePicker({ value, onChange }: TimeRangePickerProps) {
  const { t } = useTranslation('dashboards');
  const [customOpen, setCustomOpen] = useState(value.kind === 'custom');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [error, setError] = useState<CustomRangeError | null>(null);

  const openCustom = () => {
    if (!customOpen) {
      const now = Date.now();
      const start = value.kind === 'custom' ? value.from : now - rangeSpanMs(value);
      setFrom(toDateTimeLocal(start));
      setTo(toDateTimeLocal(value.kind === 'custom' ? value.to : now));
    }
    setCustomOpen(true);
  };

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const result = parseCustomRange(from, to);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    onChange(result.range);
  };

  return (
    <div className={styles.rangePicker}>
      <div className={styles.presets} role="group" aria-label={t('range.label')}>
        {PRESETS.map((preset) => (
          <button
            key={preset.id}
            type="button"
            aria-pressed={!customOpen && value.kind === 'preset' && value.preset === preset.id}
            onClick={() => {
              setCustomOpen(false);
              setError(null);
              onChange({ kind: 'preset', preset: preset.id });
            }}
          >
            {t(`range.presets.${preset.id}`)}
          </button>
        ))}
        <button type="button" aria-pressed={customOpen} onClick={openCustom}>
          {t('range.custom')}
        </button>
      </div>
      {customOpen && (
        <form className={styles.customRange} onSubmit={apply} noValidate aria-label={t('range.customLabel')}>
          <label className="field">
            <span className="field-label">{t('range.from')}</span>
            <input
              type="datetime-local"
              name="from"
              value={from}
              onChange={(e) => setFrom(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'range-error' : undefined}
            />
          </label>
          <label className="field">
            <span className="field-label">{t('range.to')}</span>
            <input
              type="datetime-local"
              name="to"
              value={to}
              onChange={(e) => setTo(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'range-error' : undefined}
            />
          </label>
          <button type="submit" className="primary">
            {t('range.apply')}
          </button>
          {error && (
            <p id="range-error" className={styles.fieldError} role="alert">
              {t(`range.errors.${error}`, { days: MAX_SPAN_DAYS })}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
