import type { RangeQuery } from '../api/types';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** The API refuses spans longer than this. */
export const MAX_SPAN_DAYS = 400;
export const MAX_SPAN_MS = MAX_SPAN_DAYS * DAY;

/** The presets; their labels are the `range.presets.<id>` texts of the `dashboards` namespace. */
export const PRESETS = [
  { id: '15m', ms: 15 * MINUTE },
  { id: '1h', ms: HOUR },
  { id: '6h', ms: 6 * HOUR },
  { id: '24h', ms: DAY },
  { id: '7d', ms: 7 * DAY },
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

/** What is wrong with a custom range; the texts are `range.errors.<error>` of the `dashboards` namespace. */
export type CustomRangeError = 'missing' | 'invalidStart' | 'invalidEnd' | 'startAfterEnd' | 'tooLong';

export type CustomRangeResult = { ok: true; range: TimeRange } | { ok: false; error: CustomRangeError };

/** Reads two `<input type="datetime-local">` values (local time) into a custom range, or says what is wrong. */
export function parseCustomRange(fromInput: string, toInput: string): CustomRangeResult {
  if (!fromInput || !toInput) return { ok: false, error: 'missing' };
  const from = parseLocal(fromInput);
  const to = parseLocal(toInput);
  if (from === null) return { ok: false, error: 'invalidStart' };
  if (to === null) return { ok: false, error: 'invalidEnd' };
  if (from >= to) return { ok: false, error: 'startAfterEnd' };
  if (to - from > MAX_SPAN_MS) return { ok: false, error: 'tooLong' };
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
