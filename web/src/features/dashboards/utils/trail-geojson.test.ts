import { describe, expect, it } from 'vitest';
import type { Trail } from '../api/types';
import { trailColor, trailsBounds, trailsToGeoJson } from './trail-geojson';

const trail = (deliveryId: string, points: [number, number][]): Trail => ({
  deliveryId, routeId: 'broadway', routeTitle: 'Broadway', status: 'delivered', points,
});

describe('trails as GeoJSON', () => {
  it('draws each trail as a LineString in [lng, lat] order', () => {
    const fc = trailsToGeoJson([trail('d1', [[-73.99, 40.73], [-73.98, 40.74], [-73.97, 40.75]])]);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(1);
    expect(fc.features[0]).toMatchObject({
      type: 'Feature',
      id: 'd1',
      geometry: { type: 'LineString', coordinates: [[-73.99, 40.73], [-73.98, 40.74], [-73.97, 40.75]] },
      properties: { deliveryId: 'd1', routeTitle: 'Broadway', status: 'delivered', color: trailColor('d1') },
    });
  });

  it('gives every delivery its own stable colour', () => {
    expect(trailColor('d1')).toBe(trailColor('d1'));
    expect(trailColor('d1')).not.toBe(trailColor('d2'));
    expect(trailColor('d1')).toMatch(/^hsl\(\d+, 72%, 42%\)$/);
  });

  it('leaves out trails that cannot make a line and points off the globe', () => {
    const fc = trailsToGeoJson([
      trail('one-point', [[-73.99, 40.73]]),
      trail('off-globe', [[-73.99, 40.73], [200, 40], [-73.98, 95]]),
      trail('good', [[-73.99, 40.73], [200, 40], [-73.98, 40.74]]),
    ]);
    expect(fc.features.map((f) => f.properties.deliveryId)).toEqual(['good']);
    expect(fc.features[0]?.geometry.coordinates).toEqual([[-73.99, 40.73], [-73.98, 40.74]]);
  });

  it('bounds all trails, or none', () => {
    const fc = trailsToGeoJson([trail('a', [[-74, 40.7], [-73.9, 40.8]]), trail('b', [[-73.95, 40.6], [-73.96, 40.65]])]);
    expect(trailsBounds(fc)).toEqual([[-74, 40.6], [-73.9, 40.8]]);
    expect(trailsBounds(trailsToGeoJson([]))).toBeNull();
  });
});
