import { describe, expect, it } from 'vitest';
import { boundsContain, boundsOf, destinationsToGeoJson, linesToGeoJson } from './map-data';


describe('map data', () => {
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
