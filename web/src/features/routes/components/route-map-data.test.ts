import { describe, expect, it } from 'vitest';
import { routeFeatures } from './route-map-data';

describe('routeFeatures', () => {
  it('draws the line and marks its start and end, in GeoJSON [lng, lat] order', () => {
    const features = routeFeatures({
      start: { lat: 40.7, lng: -74.01 },
      end: { lat: 40.8, lng: -73.96 },
      geometry: { type: 'LineString', coordinates: [[-74.01, 40.7], [-73.96, 40.8]] },
    }).features;
    expect(features.map((f) => f.geometry)).toEqual([
      { type: 'LineString', coordinates: [[-74.01, 40.7], [-73.96, 40.8]] },
      { type: 'Point', coordinates: [-74.01, 40.7] },
      { type: 'Point', coordinates: [-73.96, 40.8] },
    ]);
    expect(features.map((f) => f.properties?.end)).toEqual([undefined, 'start', 'end']);
  });

  it('draws nothing without a route', () => {
    expect(routeFeatures(null).features).toEqual([]);
  });
});
