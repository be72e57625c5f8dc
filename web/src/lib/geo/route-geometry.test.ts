import { describe, expect, it } from 'vitest';
import { bearingDegrees, distanceMeters, measureLine, placeOnRoute } from './route-geometry';

// A straight line east along the equator: 0.01° of longitude is about 1,113 m.
const line = measureLine([
  [0, 0],
  [0.01, 0],
  [0.02, 0],
  [0.03, 0],
]);

describe('route geometry', () => {
  it('measures great-circle distances and bearings', () => {
    expect(distanceMeters(0, 0, 0, 0.01)).toBeCloseTo(1112, -1);
    expect(bearingDegrees(0, 0, 0, 1)).toBeCloseTo(90, 5);
    expect(bearingDegrees(0, 0, 1, 0)).toBeCloseTo(0, 5);
    expect(bearingDegrees(0, 0, -1, 0)).toBeCloseTo(180, 5);
    expect(bearingDegrees(0, 0, 0, -1)).toBeCloseTo(270, 5);
  });

  it('measures a line by its vertices', () => {
    expect(line.lengthMeters).toBeCloseTo(3 * 1112, -1);
    expect(line.along[2]).toBeCloseTo(2 * 1112, -1);
  });

  it('places a point beside the line at its projection', () => {
    const place = placeOnRoute(line, 0.0001, 0.015);
    expect(place.segment).toBe(1);
    expect(place.alongMeters).toBeCloseTo(1.5 * 1112, -1);
  });

  it('clamps points beyond the ends to the ends', () => {
    expect(placeOnRoute(line, 0, -0.5).alongMeters).toBe(0);
    expect(placeOnRoute(line, 0, 0.5).alongMeters).toBeCloseTo(line.lengthMeters, 5);
  });

  it('finds the right place even when the hint is far off', () => {
    expect(placeOnRoute(line, 0, 0.025, 0).segment).toBe(2);
  });

  it('places anything on a line without segments at its start', () => {
    expect(placeOnRoute(measureLine([[1, 1]]), 5, 5)).toEqual({ alongMeters: 0, segment: 0 });
  });
});
