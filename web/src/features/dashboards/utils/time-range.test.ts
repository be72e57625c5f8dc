import { describe, expect, it } from 'vitest';
import { rangePath } from '../api/range-path';
import { parseCustomRange, rangeKey, toDateTimeLocal, toRangeQuery } from './time-range';

const NOW = Date.parse('2026-11-26T12:00:00.000Z');

describe('time range', () => {
  it('turns a preset into the span ending now', () => {
    expect(toRangeQuery({ kind: 'preset', preset: '15m' }, NOW)).toEqual({ from: '2026-11-26T11:45:00.000Z', to: '2026-11-26T12:00:00.000Z' });
    expect(toRangeQuery({ kind: 'preset', preset: '7d' }, NOW).from).toBe('2026-11-19T12:00:00.000Z');
  });

  it('keeps a custom range fixed whatever the time', () => {
    const range = { kind: 'custom' as const, from: NOW - 1000, to: NOW };
    expect(toRangeQuery(range, NOW + 999_999)).toEqual({ from: '2026-11-26T11:59:59.000Z', to: '2026-11-26T12:00:00.000Z' });
  });

  it('puts the range into URL-encoded query params', () => {
    const path = rangePath('/api/dashboards/routes', toRangeQuery({ kind: 'preset', preset: '1h' }, NOW), { size: 20 });
    expect(path).toBe('/api/dashboards/routes?from=2026-11-26T11%3A00%3A00.000Z&to=2026-11-26T12%3A00%3A00.000Z&size=20');
    const params = new URL(path, 'http://x').searchParams;
    expect(params.get('from')).toBe('2026-11-26T11:00:00.000Z');
  });

  it('reads datetime-local inputs as local time', () => {
    const result = parseCustomRange('2026-11-25T08:30', '2026-11-25T10:00');
    expect(result).toEqual({
      ok: true,
      range: { kind: 'custom', from: new Date(2026, 10, 25, 8, 30).getTime(), to: new Date(2026, 10, 25, 10, 0).getTime() },
    });
  });

  it.each([
    ['', '2026-11-25T10:00', 'missing'],
    ['2026-11-25', '2026-11-25T10:00', 'invalidStart'],
    ['2026-11-25T10:00', 'soon', 'invalidEnd'],
    ['2026-11-25T10:00', '2026-11-25T10:00', 'startAfterEnd'],
    ['2026-11-25T11:00', '2026-11-25T10:00', 'startAfterEnd'],
    ['2024-01-01T00:00', '2026-01-01T00:00', 'tooLong'],
  ])('refuses the custom range %s .. %s', (from, to, error) => {
    expect(parseCustomRange(from, to)).toEqual({ ok: false, error });
  });

  it('round-trips a datetime-local value', () => {
    const ms = new Date(2026, 0, 2, 3, 4).getTime();
    expect(toDateTimeLocal(ms)).toBe('2026-01-02T03:04');
  });

  it('keys a range by what was chosen, not by the clock', () => {
    expect(rangeKey({ kind: 'preset', preset: '6h' })).toBe('6h');
    expect(rangeKey({ kind: 'custom', from: 1, to: 2 })).toBe('1-2');
  });
});
