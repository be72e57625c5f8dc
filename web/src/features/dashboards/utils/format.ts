// Pure formatters: every one takes the locale (`en`, `pt-BR`) so components pass the language in use.
const HOUR = 3_600_000;

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/** A time-axis label: clock time for spans up to a day, day and time beyond. */
export function formatTick(t: number, spanMs: number, locale: string): string {
  const options: Intl.DateTimeFormatOptions =
    spanMs <= 24 * HOUR
      ? { hour: '2-digit', minute: '2-digit' }
      : { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' };
  return dateFormat(locale, options).format(t);
}

/** A date and time for tooltips and the "updated at" line. */
export function formatDateTime(t: number | string, locale: string): string {
  const ms = typeof t === 'string' ? Date.parse(t) : t;
  if (!Number.isFinite(ms)) return String(t);
  return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(ms);
}

/** 251.3 s -> "4 min 11 s"; 4 h 2 min -> "4 h 2 min" (hours grouped the locale's way); null -> "–". */
export function formatDuration(seconds: number | null | undefined, locale: string): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return '–';
  const total = Math.round(seconds);
  if (total < 60) return `${total} s`;
  const minutes = Math.floor(total / 60);
  if (minutes < 60) return `${minutes} min ${total % 60} s`;
  return `${numberFormat(locale).format(Math.floor(minutes / 60))} h ${minutes % 60} min`;
}

/** 1234 -> "1,234" (en) or "1.234" (pt-BR). */
export function formatCount(n: number, locale: string): string {
  return numberFormat(locale).format(n);
}

const INTERVAL_UNITS = { s: 'second', m: 'minute', h: 'hour', d: 'day' } as const;

/** A bucket interval of the API (`30s`, `5m`, `1h`, `1d`) in the locale's words; anything else as it came. */
export function formatInterval(interval: string, locale: string): string {
  const match = /^(\d+)([smhd])$/.exec(interval.trim());
  if (!match) return interval;
  const [, amount, unit] = match as unknown as [string, string, keyof typeof INTERVAL_UNITS];
  return numberFormat(locale, { style: 'unit', unit: INTERVAL_UNITS[unit], unitDisplay: 'short' }).format(Number(amount));
}
