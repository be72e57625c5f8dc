import { describe, expect, it } from 'vitest';
import type { Route } from '../../../types/api';
import type { DeliveryRecord } from '../api/get-tracked-delivery';
import { deliveryView, headingOf, progressPercent, speedOf, trackingScene, type TrailPoint } from './tracking-view';

// Along the equator, east: 0.01° of longitude is about 1,112 m.
const route = {
  id: 'equator',
  title: 'Equator',
  start: { lat: 0, lng: 0 },
  end: { lat: 0, lng: 0.02 },
  geometry: { type: 'LineString', coordinates: [[0, 0], [0.01, 0], [0.02, 0]] },
  lengthMeters: 2224,
} as Route;
const record = (status: DeliveryRecord['status']): DeliveryRecord => ({
  id: 'd1', routeId: 'equator', routeTitle: 'Equator', driver: 'simulator', status, requestedAt: '2026-11-26T10:00:00Z', startedAt: null, deliveredAt: null,
  cancelledAt: null, distanceMeters: 0, drivenMeters: null, durationSeconds: null,
});
const point = (lng: number, emittedAt: number | null): TrailPoint => ({ lat: 0, lng, emittedAt });

describe('tracking view', () => {
  it('is requested until a position is known, then in transit with progress, distance left, speed and ETA', () => {
    expect(deliveryView(record('requested'), route, null, [], false)).toMatchObject({ status: 'requested', progress: 0, etaMs: null });
    const trail = [point(0.004, 0), point(0.005, 10_000)]; // ~111 m in 10 s
    const view = deliveryView(record('requested'), route, { lat: 0, lng: 0.005 }, trail, false);
    expect(view.status).toBe('in_transit');
    expect(view.progress).toBeCloseTo(0.25, 3);
    expect(view.distanceLeftMeters).toBeCloseTo(1668, -1);
    expect(view.speedMetersPerSecond).toBeCloseTo(11.1, 1);
    expect(view.etaMs).toBeCloseTo(150_000, -3);
    expect(progressPercent(view)).toBe(25);
  });

  it('is delivered, at 100 %, when the live feed or the record says so', () => {
    const live = deliveryView(record('in_transit'), route, { lat: 0, lng: 0.0199 }, [], true);
    expect(live).toMatchObject({ status: 'delivered', progress: 1, distanceLeftMeters: 0, etaMs: 0 });
    expect(progressPercent(live)).toBe(100);
    expect(deliveryView(record('delivered'), route, null, [], false).status).toBe('delivered');
  });

  it('is cancelled when the record says so: where it stopped, with no ETA, and no vehicle drawn', () => {
    const view = deliveryView(record('cancelled'), route, { lat: 0, lng: 0.005 }, [], false);
    expect(view).toMatchObject({ status: 'cancelled', etaMs: null, speedMetersPerSecond: null });
    expect(progressPercent(view)).toBe(25);
    const trail = [{ lat: 0, lng: 0, emittedAt: 1 }, { lat: 0, lng: 0.005, emittedAt: 2 }];
    expect(trackingScene('d1', route, trail, 'cancelled')).toMatchObject({ vehicles: [], trails: [{ id: 'd1' }] });
  });

  it('keeps 100 % for delivered: a vehicle at the end but not yet delivered reads 99', () => {
    expect(progressPercent(deliveryView(record('in_transit'), route, { lat: 0, lng: 0.02 }, [], false))).toBe(99);
  });

  it('reads speed from timed points only and heading from the last move', () => {
    expect(speedOf([point(0, null), point(0.01, null)])).toBeNull();
    expect(headingOf([point(0, 0)])).toBeNull();
    expect(headingOf([point(0, 0), point(0.001, 1), point(0.001, 2)])).toBeCloseTo(90, 3);
  });

  it('draws the route, the trail, the destination and the vehicle, selected', () => {
    const scene = trackingScene('d1', route, [point(0, null), point(0.005, 1)], 'in_transit');
    expect(scene.selectedId).toBe('d1');
    expect(scene.routes[0]?.coordinates).toEqual(route.geometry.coordinates);
    expect(scene.trails[0]?.coordinates).toEqual([[0, 0], [0.005, 0]]);
    expect(scene.destinations[0]).toMatchObject({ lat: 0, lng: 0.02, title: 'Equator' });
    expect(scene.vehicles[0]).toMatchObject({ deliveryId: 'd1', lat: 0, lng: 0.005, finished: false });
    expect(scene.vehicles[0]?.headingDeg).toBeCloseTo(90, 3);
    expect(trackingScene('d1', route, [], 'requested').vehicles).toEqual([]);
    // Delivered with nothing of the drive known: it rests at the destination.
    expect(trackingScene('d1', route, [], 'delivered').vehicles[0]).toMatchObject({ lat: 0, lng: 0.02, finished: true });
  });
});
