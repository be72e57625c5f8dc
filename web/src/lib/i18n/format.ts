import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Number, distance, speed, duration and time formats of one locale (`en`, `pt-BR`). */
export interface Formats {
  count(value: number): string;
  /** A fraction 0..1 as a whole percentage. */
  percent(fraction: number): string;
  /** Metres under 1 km, kilometres with one decimal above. */
  distance(meters: number): string;
  /** Metres per second shown as km/h. */
  speed(metersPerSecond: number): string;
  /** A length of time: `45 s`, `12 min`, `1 h 05 min`. */
  duration(milliseconds: number): string;
  /** A time of day, e.g. `14:05` (pt-BR) or `2:05 PM` (en). */
  time(epochMs: number): string;
}

const cache = new Map<string, Formats>();

export function formatsFor(locale: string): Formats {
  const cached = cache.get(locale);
  if (cached) return cached;
  const count = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const meters = new Intl.NumberFormat(locale, { style: 'unit', unit: 'meter', maximumFractionDigits: 0 });
  const kilometers = new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'kilometer',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const kmh = new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilometer-per-hour', maximumFractionDigits: 0 });
  const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' });
  const twoDigits = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2 });
  const formats: Formats = {
    count: (value) => count.format(value),
    percent: (fraction) => percent.format(Math.min(1, Math.max(0, fraction))),
    distance: (m) => (m < 1000 ? meters.format(Math.max(0, m)) : kilometers.format(m / 1000)),
    speed: (mps) => kmh.format(Math.max(0, mps) * 3.6),
    duration: (ms) => {
      const seconds = Math.max(0, Math.round(ms / 1000));
      if (seconds < 60) return `${seconds} s`;
      const minutes = Math.round(seconds / 60);
      if (minutes < 60) return `${minutes} min`;
      return `${Math.floor(minutes / 60)} h ${twoDigits.format(minutes % 60)} min`;
    },
    time: (epochMs) => time.format(epochMs),
  };
  cache.set(locale, formats);
  return formats;
}

/** The formats of the language in use; components re-render when it changes. */
export function useFormats(): Formats {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => formatsFor(language), [language]);
}
