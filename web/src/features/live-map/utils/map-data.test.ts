import { describe, expect, it } from 'vitest';
import { boundsContain, boundsOf, destinationsToGeoJson, linesToGeoJson, vehicleIcon, vehiclesToGeoJson, type DrawnVehicle } from './map-data';

const v1: DrawnVehicle = { deliveryId: 'd1', routeId: 'fifth-avenue', seq: 4, lat: 40.74, lng: -73.99, emittedAt: 0, headingDeg: 90, finished: false };

describe('map data', () => {
  it('places vehicles at [lng, lat] with their icon and heading', () => {
    const fc = vehiclesToGeoJson({ d1: v1 });
    expect(fc.features[0]?.geometry.coordinates).toEqual([-73.99, 40.74]);
    expect(fc.features[0]?.properties).toMatchObject({ deliveryId: 'd1', routeId: 'fifth-avenue', seq: 4, finished: false, heading: 90 });
    expect(fc.features[0]?.properties.icon).toMatch(/^vehicle-arrow-\d+$/);
  });

  it('places vehicles where the caller draws them', () => {
    const fc = vehiclesToGeoJson({ d1: v1 }, () => [-73.98, 40.75]);
    expect(fc.features[0]?.geometry.coordinates).toEqual([-73.98, 40.75]);
  });

  it('draws a dot before the vehicle moved and a check once delivered', () => {
    expect(vehicleIcon({ ...v1, headingDeg: null })).toMatch(/^vehicle-dot-\d+$/);
    expect(vehicleIcon({ ...v1, finished: true })).toBe('vehicle-done');
  });

  it('draws lines of two points or more, and destinations as points', () => {
    const lines = linesToGeoJson([
      { id: 'a', color: '#f00', coordinates: [[0, 0], [1, 1]] },
      { id: 'b', color: '#0f0', coordinates: [[0, 0]] },
    ]);
    expect(lines.features.map((f) => f.properties.id)).toEqual(['a']);
    const points = destinationsToGeoJson([{ id: 'a', color: '#f00', lat: 1, lng: 2, title: 'A' }]);
    expect(points.features[0]?.geometry.coordinates).toEqual([2, 1]);
  });

  it('bounds points and tells containment', () => {
    const bounds = boundsOf([{ lat: 1, lng: 2 }, { lat: -1, lng: 5 }]);
    expect(bounds).toEqual([[2, -1], [5, 1]]);
    expect(boundsOf([])).toBeNull();
    expect(boundsContain([[0, -2], [6, 2]], bounds!)).toBe(true);
    expect(boundsContain([[3, -2], [6, 2]], bounds!)).toBe(false);
  });
});
