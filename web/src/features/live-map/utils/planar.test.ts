import { describe, expect, it } from 'vitest';
import { bearingDegrees, distanceMeters } from '../../../lib/geo/route-geometry';
import { planarBearing, planarDelta, planarDistance } from './planar';

describe('planar geometry', () => {
  it('agrees with the great-circle formulas over a vehicle step in the city', () => {
    const a: [number, number] = [-73.99, 40.73];
    const b: [number, number] = [-73.9885, 40.7312];
    expect(planarDistance(a, b)).toBeCloseTo(distanceMeters(a[1], a[0], b[1], b[0]), 0);
    const [east, north] = planarDelta(a, b);
    expect(planarBearing(east, north)).toBeCloseTo(bearingDegrees(a[1], a[0], b[1], b[0]), 1);
  });

  it('measures bearings clockwise from north', () => {
    expect(planarBearing(0, 1)).toBe(0);
    expect(planarBearing(1, 0)).toBe(90);
    expect(planarBearing(0, -1)).toBe(180);
    expect(planarBearing(-1, 0)).toBe(270);
  });
});
