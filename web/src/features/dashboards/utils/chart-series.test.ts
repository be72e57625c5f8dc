import { describe, expect, it } from 'vitest';
import type { DeliveriesStats, RouteStat, ViewerStats } from '../api/types';
import { deliveredPerRoute, deliveriesSeries, hasDeliveries, hasViewers, mostRequested, viewersSeries } from './chart-series';

const deliveries = (overTime: DeliveriesStats['overTime'], requested = 0, delivered = 0): DeliveriesStats => ({
  from: '2026-11-26T11:00:00Z', to: '2026-11-26T12:00:00Z', interval: '5m',
  requested, delivered, cancelled: 0, active: 0, averageDurationSeconds: null, overTime,
});

const route = (routeId: string, requested: number, delivered: number, routeTitle = routeId.toUpperCase()): RouteStat => ({
  routeId, routeTitle, requested, delivered, cancelled: 0, averageDurationSeconds: 200,
});

describe('chart series', () => {
  it('turns buckets into time-ordered points in epoch ms', () => {
    const series = deliveriesSeries(deliveries([
      { at: '2026-11-26T11:05:00Z', requested: 1, delivered: 0, cancelled: 0 },
      { at: '2026-11-26T11:00:00Z', requested: 3, delivered: 2, cancelled: 0 },
    ], 4, 2));
    expect(series).toEqual([
      { t: Date.parse('2026-11-26T11:00:00Z'), requested: 3, delivered: 2 },
      { t: Date.parse('2026-11-26T11:05:00Z'), requested: 1, delivered: 0 },
    ]);
  });

  it('drops unreadable buckets and reads bad counts as zero', () => {
    const series = deliveriesSeries(deliveries([
      { at: 'not a time', requested: 1, delivered: 1, cancelled: 0 },
      { at: '2026-11-26T11:00:00Z', requested: -1, delivered: Number.NaN, cancelled: 0 },
    ]));
    expect(series).toEqual([{ t: Date.parse('2026-11-26T11:00:00Z'), requested: 0, delivered: 0 }]);
  });

  it('calls a range of zero deliveries empty', () => {
    const stats = deliveries([{ at: '2026-11-26T11:00:00Z', requested: 0, delivered: 0, cancelled: 0 }]);
    expect(hasDeliveries(stats, deliveriesSeries(stats))).toBe(false);
    const busy = deliveries([{ at: '2026-11-26T11:00:00Z', requested: 1, delivered: 0, cancelled: 0 }], 1);
    expect(hasDeliveries(busy, deliveriesSeries(busy))).toBe(true);
  });

  it('charts open viewers per bucket', () => {
    const stats: ViewerStats = {
      from: 'a', to: 'b', interval: '1m', openNow: 0, byScope: {},
      overTime: [{ at: '2026-11-26T11:01:00Z', open: 2 }, { at: '2026-11-26T11:00:00Z', open: 0 }],
    };
    const series = viewersSeries(stats);
    expect(series.map((p) => p.open)).toEqual([0, 2]);
    expect(hasViewers(stats, series)).toBe(true);
    expect(hasViewers({ ...stats, overTime: [] }, [])).toBe(false);
  });

  it('ranks routes by requests, scaled to the largest', () => {
    const bars = mostRequested([route('b', 5, 1), route('a', 10, 9), route('c', 5, 5), route('z', 0, 0)]);
    expect(bars.map((b) => [b.routeId, b.value, b.share])).toEqual([['a', 10, 1], ['b', 5, 0.5], ['c', 5, 0.5]]);
  });

  it('ranks routes by deliveries and falls back to the id for a missing title', () => {
    const bars = deliveredPerRoute([route('a', 10, 2), route('b', 5, 4, ''), route('c', 3, 0)]);
    expect(bars.map((b) => [b.label, b.value])).toEqual([['b', 4], ['A', 2]]);
  });
});
