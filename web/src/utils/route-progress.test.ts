import { describe, expect, it } from 'vitest';
import type { LineString } from '../types/api';
import { progressAlong } from './route-progress';

const lShape: LineString = { type: 'LineString', coordinates: [[0, 0], [0, 0.01], [0.01, 0.01]] };

describe('progressAlong', () => {
  it('is 0 at the start, 1 at the end and 0.5 at the corner of an L', () => {
    expect(progressAlong(lShape, 0, 0)).toBeCloseTo(0);
    expect(progressAlong(lShape, 0.01, 0.01)).toBeCloseTo(1);
    expect(progressAlong(lShape, 0.01, 0)).toBeCloseTo(0.5, 2);
  });

  it('projects a point beside the line onto it', () => {
    expect(progressAlong(lShape, 0.005, 0.0001)).toBeCloseTo(0.25, 2);
  });
});
