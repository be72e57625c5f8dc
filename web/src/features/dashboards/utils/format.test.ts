import { describe, expect, it } from 'vitest';
import { formatCount, formatDateTime, formatDuration, formatInterval, formatTick } from './format';

const AT = new Date(2026, 10, 26, 14, 5, 9).getTime();
const HOUR = 3_600_000;

describe('dashboard formats', () => {
  it('groups counts the way each locale does', () => {
    expect(formatCount(1234, 'en')).toBe('1,234');
    expect(formatCount(1234, 'pt-BR')).toBe('1.234');
    expect(formatCount(0, 'pt-BR')).toBe('0');
  });

  it('writes durations in seconds, minutes and hours, with the locale grouping hours', () => {
    expect(formatDuration(null, 'en')).toBe('–');
    expect(formatDuration(Number.NaN, 'pt-BR')).toBe('–');
    expect(formatDuration(42.4, 'en')).toBe('42 s');
    expect(formatDuration(251.3, 'en')).toBe('4 min 11 s');
    expect(formatDuration(251.3, 'pt-BR')).toBe('4 min 11 s');
    expect(formatDuration(3 * 3600 + 120, 'en')).toBe('3 h 2 min');
    expect(formatDuration(1234 * 3600, 'en')).toBe('1,234 h 0 min');
    expect(formatDuration(1234 * 3600, 'pt-BR')).toBe('1.234 h 0 min');
  });

  it('writes dates and times with the locale clock and words', () => {
    expect(formatDateTime(AT, 'en')).toMatch(/^Nov 26, 2026, 2:05:09\sPM$/);
    expect(formatDateTime(AT, 'pt-BR')).toBe('26 de nov. de 2026, 14:05:09');
    expect(formatDateTime(new Date(AT).toISOString(), 'pt-BR')).toBe('26 de nov. de 2026, 14:05:09');
    expect(formatDateTime('not a date', 'en')).toBe('not a date');
  });

  it('labels the time axis with the clock up to a day and with the day beyond', () => {
    expect(formatTick(AT, HOUR, 'pt-BR')).toBe('14:05');
    expect(formatTick(AT, HOUR, 'en')).toMatch(/^02:05\sPM$/);
    expect(formatTick(AT, 7 * 24 * HOUR, 'pt-BR')).toBe('26 de nov., 14:05');
    expect(formatTick(AT, 7 * 24 * HOUR, 'en')).toMatch(/^Nov 26, 02:05\sPM$/);
  });

  it('names bucket intervals in the locale, and passes unknown ones through', () => {
    expect(formatInterval('5m', 'en')).toBe('5 min');
    expect(formatInterval('1h', 'en')).toBe('1 hr');
    expect(formatInterval('1h', 'pt-BR')).toBe('1 h');
    expect(formatInterval('30s', 'pt-BR')).toBe('30 s');
    expect(formatInterval('7d', 'pt-BR')).toBe('7 dias');
    expect(formatInterval('1w', 'en')).toBe('1w');
  });
});
