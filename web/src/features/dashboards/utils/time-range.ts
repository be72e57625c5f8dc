import type { RangeQuery } from '../api/types';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** The API refuses spans longer than this. */
export const MAX_SPAN_MS = 400 * DAY;

export const PRESETS = [
  { id: '15m', label: 'Last 15 min', ms: 15 * MINUTE },
  { id: '1h', label: 'Last 1 h', ms: HOUR },
  { id: '6h', label: 'Last 6 h', ms: 6 * HOUR },
  { id: '24h', label: 'Last 24 h', ms: DAY },
  { id: '7d', label: 'Last 7 days', ms: 7 * DAY },
] as const;

export type PresetId = (typeof PRESETS)[number]['id'];

/** A preset is relative (it moves with every refresh); a custom range is fixed. Times in epoch ms. */
export type TimeRange = { kind: 'preset'; preset: PresetId } | { kind: 'custom'; from: number; to: number };

export const DEFAULT_RANGE: TimeRange = { kind: 'preset', preset: '1h' };

export function presetMs(id: PresetId): number {
  return PRESETS.find((p) => p.id === id)?.ms ?? HOUR;
}

/** The `from`/`to` query of a range at `now`: ISO-8601 instants. */
export function toRangeQuery(range: TimeRange, now: number): RangeQuery {
  const [from, to] = range.kind === 'preset' ? [now - presetMs(range.preset), now] : [range.from, range.to];
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}

/** Changes whenever a different range is chosen (not when a preset merely moves with time). */
export function rangeKey(range: TimeRange): string {
  return range.kind === 'preset' ? range.preset : `${range.from}-${range.to}`;
}

/** The span of a range in ms. */
export function rangeSpanMs(range: TimeRange): number {
  return range.kind === 'preset' ? presetMs(range.preset) : range.to - range.from;
}

export type CustomRangeResult = { ok: true; range: TimeRange } | { ok: false; error: string };

/** Reads two `<input type="datetime-local">` values (local time) into a custom range, or says what is wrong. */
export function parseCustomRange(fromInput: string, toInput: string): CustomRangeResult {
  if (!fromInput || !toInput) return { ok: false, error: 'Enter both a start and an end.' };
  const from = parseLocal(fromInput);
  const to = parseLocal(toInput);
  if (from === null) return { ok: false, error: 'The start is not a valid date and time.' };
  if (to === null) return { ok: false, error: 'The end is not a valid date and time.' };
  if (from >= to) return { ok: false, error: 'The start must be before the end.' };
  if (to - from > MAX_SPAN_MS) return { ok: false, error: 'The range can span at most 400 days.' };
  return { ok: true, range: { kind: 'custom', from, to } };
}

/** `YYYY-MM-DDTHH:mm[:ss]` in local time, as `datetime-local` inputs give it. */
function parseLocal(value: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/.test(value)) return null;
  const ms = new Date(value).getTime(); // no zone designator: local time
  return Number.isFinite(ms) ? ms : null;
}

/** Epoch ms as a `datetime-local` value (local time, minutes). */
export function toDateTimeLocal(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
