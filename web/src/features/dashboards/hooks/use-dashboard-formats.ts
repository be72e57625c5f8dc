import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount, formatDateTime, formatDuration, formatInterval, formatTick } from '../utils/format';

/** The dashboards' formatters bound to the language in use. */
export interface DashboardFormats {
  count(n: number): string;
  duration(seconds: number | null | undefined): string;
  dateTime(t: number | string): string;
  tick(t: number, spanMs: number): string;
  interval(interval: string): string;
}

/** Numbers, durations and times in the language in use; components re-render when it changes. */
export function useDashboardFormats(): DashboardFormats {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  return useMemo(
    () => ({
      count: (n) => formatCount(n, locale),
      duration: (seconds) => formatDuration(seconds, locale),
      dateTime: (t) => formatDateTime(t, locale),
      tick: (t, spanMs) => formatTick(t, spanMs, locale),
      interval: (interval) => formatInterval(interval, locale),
    }),
    [locale],
  );
}
