// Unit tests of the benchmark's synthetic routes and fleet (run by `npm run test:bench`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Fleet, syntheticRoutes } from './fleet.mjs';

test('routes are LineStrings of 100 to 300 positions shaped like the backend RouteView', () => {
  const routes = syntheticRoutes({ count: 50 });
  assert.equal(routes.length, 50);
  assert.equal(new Set(routes.map((r) => r.id)).size, 50);
  for (const route of routes) {
    const { coordinates } = route.geometry;
    assert.equal(route.geometry.type, 'LineString');
    assert.ok(coordinates.length >= 100 && coordinates.length <= 300);
    assert.deepEqual([route.start.lng, route.start.lat], coordinates[0]);
    assert.deepEqual([route.end.lng, route.end.lat], coordinates.at(-1));
    assert.ok(coordinates.every(([lng, lat]) => lng > -74.02 && lng < -73.93 && lat > 40.7 && lat < 40.81));
  }
  assert.deepEqual(syntheticRoutes({ count: 3 }), syntheticRoutes({ count: 3 }));
});

test('every vehicle moves one step a tick; one at its route end is delivered and another starts', () => {
  const routes = syntheticRoutes({ count: 1, minPoints: 3, maxPoints: 3 });
  let n = 0;
  const fleet = new Fleet(routes, 2, () => `d${n++}`);
  assert.deepEqual(JSON.parse(fleet.snapshotFrame()).positions.map((row) => [row[0], row[2]]), [['d0', 0], ['d1', 1]]);

  const first = fleet.tick(1000);
  assert.deepEqual(JSON.parse(first.positions).positions.map((row) => [row[0], row[2], row[5]]), [['d0', 1, 1000], ['d1', 2, 1000]]);
  assert.deepEqual(JSON.parse(first.removed), { type: 'removed', deliveries: [['d1', 'delivered']] });
  assert.deepEqual(JSON.parse(fleet.snapshotFrame()).positions.map((row) => row[0]), ['d0']);

  const second = fleet.tick(1500);
  assert.deepEqual(JSON.parse(second.positions).positions.map((row) => [row[0], row[2]]), [['d0', 2], ['d2', 0]]);
  assert.deepEqual(JSON.parse(second.removed).deliveries, [['d0', 'delivered']]);
});
