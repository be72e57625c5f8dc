import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormats } from '../../../lib/i18n/format';

export interface HistoryFormats {
  /** A day and time, e.g. `Nov 26, 2026, 10:05 AM`; `—` for none. */
  dateTime(iso: string | null): string;
  /** Seconds as `45 s`, `12 min`, `1 h 05 min`; `—` for none. */
  duration(seconds: number | null): string;
  /** Kilometres with one decimal: `1.2 km`. */
  kilometers(meters: number): string;
}

const NONE = '—';

/** The history table's formats, in the language in use. */
export function useHistoryFormats(): HistoryFormats {
  const formats = useFormats();
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    const km = new Intl.NumberFormat(language, { style: 'unit', unit: 'kilometer', minimumFractionDigits: 1, maximumFractionDigits: 1 });
    return {
      dateTime: (iso) => {
        const at = iso ? Date.parse(iso) : Number.NaN;
        return Number.isFinite(at) ? dateTime.format(at) : NONE;
      },
      duration: (seconds) => (seconds === null || !Number.isFinite(seconds) ? NONE : formats.duration(seconds * 1000)),
      kilometers: (meters) => km.format(Math.max(0, meters) / 1000),
    };
  }, [formats, language]);
}
