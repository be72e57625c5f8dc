import { describe, expect, it } from 'vitest';
import { formatsFor } from './format';

describe('formatsFor', () => {
  it('writes distances, speeds and percentages the way each locale does', () => {
    const en = formatsFor('en');
    const pt = formatsFor('pt-BR');
    expect(en.distance(3250)).toBe('3.3 km');
    expect(pt.distance(3250)).toBe('3,3 km');
    expect(en.distance(850.4)).toBe('850 m');
    expect(en.speed(10)).toBe('36 km/h');
    expect(pt.percent(0.425)).toMatch(/^43\s?%$/);
    expect(en.count(12345)).toBe('12,345');
    expect(pt.count(12345)).toBe('12.345');
  });

  it('writes durations in seconds, minutes, then hours', () => {
    const en = formatsFor('en');
    expect(en.duration(45_400)).toBe('45 s');
    expect(en.duration(12 * 60_000)).toBe('12 min');
    expect(en.duration(65 * 60_000)).toBe('1 h 05 min');
    expect(en.duration(-5)).toBe('0 s');
  });

  it('writes times of day with the locale clock', () => {
    const at = new Date(2026, 0, 1, 14, 5).getTime();
    expect(formatsFor('pt-BR').time(at)).toBe('14:05');
    expect(formatsFor('en').time(at)).toMatch(/^2:05\sPM$/);
  });
});
