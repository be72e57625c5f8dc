import { describe, expect, it } from 'vitest';
import { BACKOFF_MAX_MS, backoffDelay } from './backoff';

describe('backoffDelay', () => {
  it('waits 1 s, then doubles up to 15 s', () => {
    const noJitter = () => 0;
    expect([1, 2, 3, 4, 5, 6, 20].map((attempt) => backoffDelay(attempt, noJitter))).toEqual([1000, 2000, 4000, 8000, 15000, 15000, 15000]);
  });

  it('takes off at most a fifth as jitter', () => {
    expect(backoffDelay(1, () => 1)).toBe(800);
    expect(backoffDelay(9, () => 0.5)).toBe(BACKOFF_MAX_MS * 0.9);
  });
});
