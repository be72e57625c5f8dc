import { describe, expect, it } from 'vitest';
import type { Route } from '../../../types/api';
import { routeBounds, routesToGeoJson, vehiclesToGeoJson } from './map-data';

const route: Route = {
  id: 'fifth-avenue',
  title: 'Fifth Avenue',
  start: { lat: 40.7319, lng: -73.9964 },
  end: { lat: 40.7642, lng: -73.9729 },
  geometry: { type: 'LineString', coordinates: [[-73.9964, 40.7319], [-73.99, 40.74], [-73.9729, 40.7642]] },
};

describe('map data', () => {
  it('draws each route as a line feature keyed by its id', () => {
    const fc = routesToGeoJson([route]);
    expect(fc.features[0]).toMatchObject({ id: 'fifth-avenue', properties: { id: 'fifth-avenue' } });
    expect(fc.features[0]?.geometry.coordinates).toHaveLength(3);
  });

  it('places vehicles at [lng, lat]', () => {
    const fc = vehiclesToGeoJson({
      d1: { deliveryId: 'd1', routeId: 'fifth-avenue', seq: 4, lat: 40.74, lng: -73.99, finished: false, emittedAt: 0, finishedAtMs: null },
    });
    expect(fc.features[0]?.geometry.coordinates).toEqual([-73.99, 40.74]);
    expect(fc.features[0]?.properties).toEqual({ deliveryId: 'd1', routeId: 'fifth-avenue', seq: 4, finished: false });
  });

  it('places vehicles where the caller draws them', () => {
    const fc = vehiclesToGeoJson(
      { d1: { deliveryId: 'd1', routeId: 'fifth-avenue', seq: 4, lat: 40.74, lng: -73.99, finished: false, emittedAt: 0, finishedAtMs: null } },
      () => [-73.98, 40.75],
    );
    expect(fc.features[0]?.geometry.coordinates).toEqual([-73.98, 40.75]);
  });

  it('bounds a route by its extreme coordinates', () => {
    expect(routeBounds(route)).toEqual([[-73.9964, 40.7319], [-73.9729, 40.7642]]);
  });
});
