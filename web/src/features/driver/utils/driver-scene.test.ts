import { describe, expect, it } from 'vitest';
import { distanceLeftMeters, driverScene, measurePath } from './driver-scene';

const path: [number, number][] = [[0, 0], [0.01, 0], [0.02, 0]];

describe('driver scene', () => {
  it('measures the distance left along the route from the phone', () => {
    const route = measurePath(path);
    expect(distanceLeftMeters(route, null)).toBeNull();
    expect(distanceLeftMeters(route, { lat: 0, lng: 0 })).toBeCloseTo(2224, -1);
    expect(distanceLeftMeters(route, { lat: 0.0005, lng: 0.015 })).toBeCloseTo(556, -1);
    expect(distanceLeftMeters(route, { lat: 0, lng: 0.02 })).toBe(0);
  });

  it('draws the route, its end and the phone', () => {
    const scene = driverScene('d1', path, { lat: 0, lng: 0.005 }, false);
    expect(scene.routes[0]?.coordinates).toEqual(path);
    expect(scene.destinations[0]).toMatchObject({ lat: 0, lng: 0.02 });
    expect(scene.vehicles).toEqual([expect.objectContaining({ deliveryId: 'd1', lat: 0, lng: 0.005, finished: false })]);
    expect(scene.selectedId).toBe('d1');
    expect(driverScene('d1', path, null, false).vehicles).toEqual([]);
  });
});
