import { describe, expect, it } from 'vitest';
import { appendToTrail, EMPTY_TRAIL, MAX_TRAIL_POINTS, thinEvenly, trailFrom, trailPoints, type Trail } from './trail';

/** About 11 m apart along a meridian. */
const p = (i: number): [number, number] => [-73.99, 40.7 + i * 0.0001];

describe('trail', () => {
  it('appends points in order', () => {
    let trail: Trail = EMPTY_TRAIL;
    for (let i = 0; i < 3; i++) trail = appendToTrail(trail, p(i));
    expect(trailPoints(trail)).toEqual([p(0), p(1), p(2)]);
  });

  it('never changes a trail another state still holds', () => {
    const base = appendToTrail(appendToTrail(EMPTY_TRAIL, p(0)), p(1));
    const a = appendToTrail(base, p(2));
    const b = appendToTrail(base, p(5)); // a second branch from the same trail must copy
    expect(trailPoints(base)).toEqual([p(0), p(1)]);
    expect(trailPoints(a)).toEqual([p(0), p(1), p(2)]);
    expect(trailPoints(b)).toEqual([p(0), p(1), p(5)]);
  });

  it('replaces the last point rather than piling up points of a vehicle standing still', () => {
    const trail = appendToTrail(appendToTrail(EMPTY_TRAIL, p(0)), [-73.99, 40.700005]);
    expect(trailPoints(trail)).toEqual([[-73.99, 40.700005]]);
    expect(appendToTrail(trail, [-73.99, 40.700005])).toBe(trail);
  });

  it('stays bounded, thinning the older part and keeping the start and the latest points exact', () => {
    let trail: Trail = EMPTY_TRAIL;
    for (let i = 0; i < 5000; i++) {
      trail = appendToTrail(trail, p(i));
      expect(trail.length).toBeLessThanOrEqual(MAX_TRAIL_POINTS);
    }
    const points = trailPoints(trail);
    expect(points[0]).toEqual(p(0));
    expect(points.slice(-100)).toEqual(Array.from({ length: 100 }, (_, k) => p(4900 + k)));
    const lats = points.map((q) => q[1]);
    expect([...lats].sort((x, y) => x - y)).toEqual(lats); // still in driving order
  });

  it('thins evenly to the target, keeping the first and the last', () => {
    expect(thinEvenly([0, 1, 2, 3, 4, 5, 6, 7, 8], 3)).toEqual([0, 4, 8]);
    expect(thinEvenly([0, 1], 5)).toEqual([0, 1]);
    expect(trailFrom(Array.from({ length: 1000 }, (_, i) => p(i))).length).toBe(MAX_TRAIL_POINTS);
  });
});
