import { describe, expect, it } from 'vitest';
import { measureLine } from './route-geometry';
import { etaMs, routeProgress } from './route-progress';

const line = measureLine([
  [0, 0],
  [0.01, 0],
  [0.02, 0],
]);

describe('routeProgress', () => {
  it('tells how far along and how much is left', () => {
    const progress = routeProgress(line, 0, 0.005);
    expect(progress.fraction).toBeCloseTo(0.25, 3);
    expect(progress.distanceLeftMeters).toBeCloseTo(0.75 * line.lengthMeters, 0);
    expect(progress.segment).toBe(0);
  });

  it('is complete at the destination and on a route of no length', () => {
    expect(routeProgress(line, 0, 0.02).fraction).toBe(1);
    expect(routeProgress(measureLine([[3, 3]]), 3, 3).fraction).toBe(1);
  });
});

describe('etaMs', () => {
  it('divides what is left by the speed', () => {
    expect(etaMs(1000, 10)).toBe(100_000);
  });

  it('is zero at the end and unknown when standing still', () => {
    expect(etaMs(0, null)).toBe(0);
    expect(etaMs(500, 0)).toBeNull();
    expect(etaMs(500, null)).toBeNull();
  });
});
