import { describe, expect, it } from 'vitest';
import { ApiError, apiClient } from '../../../lib/api-client';
import { mockFetch, problemResponse } from '../../../testing/fetch-mock';
import type { DeliveriesStats, RouteStats, Trails, ViewerStats } from '../api/types';
import { hasAnyData, mergeRefresh, NO_DATA, toProblem } from './dashboard-results';

const deliveries = { requested: 1 } as DeliveriesStats;
const newer = { requested: 2 } as DeliveriesStats;
const routes = { routes: [] } as unknown as RouteStats;
const viewers = { openNow: 1 } as ViewerStats;
const trails = { trails: [] } as unknown as Trails;
const ok = <T,>(value: T): PromiseFulfilledResult<T> => ({ status: 'fulfilled', value });
const failed = (reason: unknown): PromiseRejectedResult => ({ status: 'rejected', reason });
const unavailable = new ApiError('OpenSearch did not answer within 5 s', 503, 'Search engine unavailable');

describe('dashboard results', () => {
  it('takes every answer of a successful refresh', () => {
    const outcome = mergeRefresh(NO_DATA, { deliveries: ok(deliveries), routes: ok(routes), viewers: ok(viewers), trails: ok(trails) });
    expect(outcome).toEqual({ data: { deliveries, routes, viewers, trails }, problem: null });
    expect(hasAnyData(outcome.data)).toBe(true);
  });

  it('keeps the last data and reports a 503 as the search engine being unavailable', () => {
    const previous = { deliveries, routes, viewers, trails };
    const outcome = mergeRefresh(previous, {
      deliveries: failed(unavailable), routes: failed(unavailable), viewers: ok(viewers), trails: failed(unavailable),
    });
    expect(outcome.data).toEqual(previous);
    expect(outcome.problem).toEqual({
      status: 503, title: 'Search engine unavailable', detail: 'OpenSearch did not answer within 5 s', unavailable: true,
    });
  });

  it('replaces what answered even when another endpoint failed', () => {
    const outcome = mergeRefresh({ ...NO_DATA, deliveries }, {
      deliveries: ok(newer), routes: failed(unavailable), viewers: failed(unavailable), trails: failed(unavailable),
    });
    expect(outcome.data.deliveries).toBe(newer);
    expect(outcome.data.routes).toBeNull();
  });

  it('reads the detail of a 503 problem+json answer', async () => {
    mockFetch({ 'GET /api/dashboards/deliveries': () => problemResponse(503, 'Search engine unavailable', 'connection refused') });
    const error = await apiClient.get('/api/dashboards/deliveries').catch((e: unknown) => e);
    expect(toProblem(error)).toEqual({ status: 503, title: 'Search engine unavailable', detail: 'connection refused', unavailable: true });
  });

  it('does not call other failures unavailable', () => {
    expect(toProblem(new ApiError('from must be before to', 400, 'Bad Request'))).toMatchObject({ status: 400, unavailable: false });
    expect(toProblem(new Error('boom'))).toEqual({ status: 0, title: null, detail: 'boom', unavailable: false });
  });
});
