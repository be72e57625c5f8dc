import { describe, expect, it } from 'vitest';
import type { Delivery, Route } from '../../../types/api';
import {
  buildActiveRows,
  buildRecentRows,
  ProgressTracker,
  searchRows,
  sortRows,
  type ActiveRow,
  type LiveDelivery,
} from './fleet-rows';

// A straight line north, about 1,112 m long (0.01° of latitude).
const route: Route = {
  id: 'broadway', title: 'Broadway', lengthMeters: 1112, archived: false, createdAt: '2026-11-20T10:00:00Z',
  start: { lat: 40.7, lng: -74 }, end: { lat: 40.71, lng: -74 },
  geometry: { type: 'LineString', coordinates: [[-74, 40.7], [-74, 40.705], [-74, 40.71]] },
};
const routes = new Map([[route.id, route]]);
const live = (deliveryId: string, lat: number, extra: Partial<LiveDelivery> = {}): LiveDelivery => ({
  deliveryId, routeId: 'broadway', seq: 3, lat, lng: -74, finished: false, speedMps: 10, firstEmittedAt: 1000, emittedAt: 5000, ...extra,
});
const requested = (id: string, requestedAt: string): Delivery => ({
  id, routeId: 'broadway', routeTitle: 'Broadway', driver: 'simulator', status: 'requested', requestedAt, startedAt: null, deliveredAt: null, cancelledAt: null,
  distanceMeters: 0, drivenMeters: null, durationSeconds: null,
});

describe('buildActiveRows', () => {
  it('tells progress, distance left, ETA and speed of each live delivery', () => {
    const rows = buildActiveRows({ a: live('a', 40.7025) }, [], routes, new ProgressTracker());
    expect(rows).toHaveLength(1);
    const [row] = rows as [ActiveRow];
    expect(row).toMatchObject({ deliveryId: 'a', routeTitle: 'Broadway', status: 'in_transit', seq: 3, speedMps: 10 });
    expect(row.progress).toBeCloseTo(0.25, 2);
    expect(row.distanceLeftMeters).toBeCloseTo(834, -1);
    expect(row.etaMs).toBeCloseTo(83_400, -3);
  });

  it('has no ETA without a speed, and leaves delivered ones to the recent list', () => {
    const rows = buildActiveRows(
      { a: live('a', 40.701, { speedMps: null }), done: live('done', 40.71, { finished: true }) },
      [],
      routes,
      new ProgressTracker(),
    );
    expect(rows.map((r) => [r.deliveryId, r.etaMs])).toEqual([['a', null]]);
  });

  it('lists deliveries this page started that have no position yet as requested', () => {
    const rows = buildActiveRows({ a: live('a', 40.701) }, [requested('a', '2026-01-01T00:00:00Z'), requested('new', '2026-01-01T00:00:05Z')], routes, new ProgressTracker());
    expect(rows.map((r) => [r.deliveryId, r.status, r.progress])).toEqual([['a', 'in_transit', expect.any(Number)], ['new', 'requested', 0]]);
    expect(rows[1]?.distanceLeftMeters).toBe(1112);
  });

  it('leaves out a started delivery the live feed removed as ended (cancelled before it drove)', () => {
    const rows = buildActiveRows({}, [requested('gone', '2026-01-01T00:00:00Z'), requested('new', '2026-01-01T00:00:05Z')], routes, new ProgressTracker(), new Set(['gone']));
    expect(rows.map((r) => r.deliveryId)).toEqual(['new']);
  });

  it('marks a vehicle whose last position is older than 30 s as silent since then', () => {
    const vehicles = { quiet: live('quiet', 40.701, { emittedAt: 10_000 }), live: live('live', 40.702, { emittedAt: 35_000 }) };
    const rows = buildActiveRows(vehicles, [requested('new', '2026-01-01T00:00:05Z')], routes, new ProgressTracker(), new Set(), 40_001);
    expect(rows.map((r) => [r.deliveryId, r.silentSinceMs])).toEqual([['quiet', 10_000], ['live', null], ['new', null]]);
    // Without the time, nothing is judged silent.
    expect(buildActiveRows(vehicles, [], routes, new ProgressTracker()).map((r) => r.silentSinceMs)).toEqual([null, null]);
  });

  it('places each new position near the last one (the segment hint) and skips unchanged ones', () => {
    const tracker = new ProgressTracker();
    const first = tracker.progressOf(live('a', 40.706, { seq: 1 }), route);
    expect(first.segment).toBe(1);
    expect(tracker.progressOf(live('a', 40.706, { seq: 1 }), route)).toBe(first);
    const next = tracker.progressOf(live('a', 40.708, { seq: 2 }), route);
    expect(next.fraction).toBeGreaterThan(first.fraction);
  });
});

describe('buildRecentRows', () => {
  it('knows the duration when the page saw the drive from its start, else only the part it saw', () => {
    const rows = buildRecentRows(
      [
        { deliveryId: 'whole', routeId: 'broadway', seq: 9, finishedAtMs: 5, firstSeq: 0, firstEmittedAt: 1000, lastEmittedAt: 61_000 },
        { deliveryId: 'part', routeId: 'broadway', seq: 9, finishedAtMs: 5, firstSeq: 4, firstEmittedAt: 1000, lastEmittedAt: 31_000 },
      ],
      routes,
    );
    expect(rows.map((r) => [r.deliveryId, r.durationMs, r.seenMs])).toEqual([['whole', 60_000, 60_000], ['part', null, 30_000]]);
  });
});

describe('search and sort', () => {
  const row = (deliveryId: string, routeTitle: string, extra: Partial<ActiveRow>): ActiveRow => ({
    deliveryId, routeId: 'r', routeTitle, status: 'in_transit', seq: 1, progress: 0.5, distanceLeftMeters: 100,
    etaMs: 1000, speedMps: 5, sinceMs: 0, silentSinceMs: null, color: '#000', ...extra,
  });
  const rows = [
    row('c-3', 'Broadway', { sinceMs: 3, etaMs: null, progress: 0.9 }),
    row('a-1', 'Fifth Avenue', { sinceMs: 1, etaMs: 500, progress: 0.1 }),
    row('b-2', 'Avenue A', { sinceMs: 2, etaMs: 2000, progress: 0.5 }),
  ];

  it('finds rows by route title or delivery id, in any case', () => {
    expect(searchRows(rows, 'avenue').map((r) => r.deliveryId)).toEqual(['a-1', 'b-2']);
    expect(searchRows(rows, 'C-3').map((r) => r.deliveryId)).toEqual(['c-3']);
    expect(searchRows(rows, '  ')).toBe(rows);
  });

  it('sorts by newest, ETA (unknown last), progress and route', () => {
    const ids = (key: Parameters<typeof sortRows>[1]) => sortRows(rows, key).map((r) => r.deliveryId);
    expect(ids('newest')).toEqual(['c-3', 'b-2', 'a-1']);
    expect(ids('eta')).toEqual(['a-1', 'b-2', 'c-3']);
    expect(ids('progress')).toEqual(['c-3', 'b-2', 'a-1']);
    expect(ids('route')).toEqual(['b-2', 'c-3', 'a-1']);
  });
});
