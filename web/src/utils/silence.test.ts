import { describe, expect, it } from 'vitest';
import { SILENT_AFTER_MS, silentSince } from './silence';

const T = Date.parse('2026-11-26T14:00:00Z');

describe('silentSince', () => {
  it('is null while the last position is at most 30 s old', () => {
    expect(silentSince(T, T)).toBeNull();
    expect(silentSince(T, T + 29_999)).toBeNull();
    expect(silentSince(T, T + SILENT_AFTER_MS)).toBeNull();
  });

  it('gives the time of the last position once it is older than 30 s', () => {
    expect(silentSince(T, T + SILENT_AFTER_MS + 1)).toBe(T);
    expect(silentSince(T, T + 3_600_000)).toBe(T);
  });

  it('is null without a position, and for one stamped ahead of now', () => {
    expect(silentSince(null, T)).toBeNull();
    expect(silentSince(undefined, T)).toBeNull();
    expect(silentSince(Number.NaN, T)).toBeNull();
    expect(silentSince(T + 60_000, T)).toBeNull();
  });
});
