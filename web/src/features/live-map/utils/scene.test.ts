import { describe, expect, it } from 'vitest';
import type { Position, Route } from '../../../types/api';
import { colorOf } from '../../../utils/delivery-colors';
import { initialTrackingState, trackingReducer, type TrackingState } from '../stores/tracking-state';
import { buildScene, LINES_UP_TO } from './scene';

const route: Route = {
  id: 'broadway', title: 'Broadway', archived: false, createdAt: '2026-11-20T10:00:00Z',
  start: { lat: 40.73, lng: -73.99 }, end: { lat: 40.76, lng: -73.99 },
  geometry: { type: 'LineString', coordinates: [[-73.99, 40.73], [-73.99, 40.76]] },
  lengthMeters: 3336,
};
const routes = new Map([[route.id, route]]);
const at = (deliveryId: string, seq: number): Position => ({
  deliveryId, routeId: 'broadway', seq, lat: 40.73 + seq * 0.0002, lng: -73.99, emittedAt: seq * 500,
});
const fleet = (...positions: Position[]): TrackingState =>
  trackingReducer(initialTrackingState, { type: 'positions', positions });

describe('buildScene', () => {
  it('gives every delivery its colour, heading, trail, and its route line and destination once per route', () => {
    const state = fleet(at('x', 0), at('y', 0), at('x', 1), at('y', 1), at('y', 2));
    const scene = buildScene(state.vehicles, routes, 'y');
    expect(scene.vehicles.map((v) => [v.deliveryId, v.color])).toEqual([['x', colorOf('x')], ['y', colorOf('y')]]);
    expect(scene.vehicles[0]?.headingDeg).toBeCloseTo(0);
    // The same route twice: one line, in the selected delivery's colour.
    expect(scene.routes.map((l) => [l.id, l.color])).toEqual([['y', colorOf('y')]]);
    expect(scene.destinations.map((d) => [d.id, d.lat])).toEqual([['y', 40.76]]);
    expect(scene.trails.map((l) => [l.id, l.coordinates.length]).sort()).toEqual([['x', 2], ['y', 3]]);
    expect(scene.selectedId).toBe('y');
  });

  it(`draws only the selected delivery's lines above ${LINES_UP_TO} deliveries`, () => {
    const many = Array.from({ length: LINES_UP_TO + 1 }, (_, i) => [at(`d${i}`, 0), at(`d${i}`, 1)]).flat();
    const state = fleet(...many);
    const scene = buildScene(state.vehicles, routes, 'd7');
    expect(scene.vehicles).toHaveLength(LINES_UP_TO + 1);
    expect(scene.routes.map((l) => l.id)).toEqual(['d7']);
    expect(scene.trails.map((l) => l.id)).toEqual(['d7']);
    expect(buildScene(state.vehicles, routes, null).routes).toEqual([]);
  });

  it('keeps unchanged lines as they were, so the map need not redraw them', () => {
    let state = fleet(at('x', 0), at('x', 1));
    const first = buildScene(state.vehicles, routes, null);
    const again = buildScene(state.vehicles, routes, null, first);
    expect(again.routes).toBe(first.routes);
    expect(again.trails).toBe(first.trails);
    state = trackingReducer(state, { type: 'positions', positions: [at('x', 2)] });
    const moved = buildScene(state.vehicles, routes, null, again);
    expect(moved.routes).toBe(first.routes);
    expect(moved.trails).not.toBe(first.trails);
  });
});
