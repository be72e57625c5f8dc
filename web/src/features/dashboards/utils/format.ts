const HOUR = 3_600_000;

/** A time-axis label: clock time for spans up to a day, day and time beyond. */
export function formatTick(t: number, spanMs: number): string {
  const options: Intl.DateTimeFormatOptions =
    spanMs <= 24 * HOUR
      ? { hour: '2-digit', minute: '2-digit' }
      : { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' };
  return new Intl.DateTimeFormat(undefined, options).format(t);
}

/** A date and time for tooltips and the "updated at" line. */
export function formatDateTime(t: number | string): string {
  const ms = typeof t === 'string' ? Date.parse(t) : t;
  if (!Number.isFinite(ms)) return String(t);
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' }).format(ms);
}

/** 251.3 s -> "4 min 11 s"; null -> "–". */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return '–';
  const total = Math.round(seconds);
  if (total < 60) return `${total} s`;
  const minutes = Math.floor(total / 60);
  if (minutes < 60) return `${minutes} min ${total % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export function formatCount(n: number): string {
  return new Intl.NumberFormat().format(n);
}
