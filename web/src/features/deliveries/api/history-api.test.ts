import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '../../../testing/fetch-mock';
import { DEFAULT_FILTERS } from '../utils/history-query';
import { cancelDelivery } from './cancel-delivery';
import type { DeliveryRecord } from './delivery-record';
import { getRouteOptions } from './get-route-options';
import { listDeliveries } from './list-deliveries';

const record: DeliveryRecord = {
  id: 'd1', routeId: 'broadway', routeTitle: 'Broadway', driver: 'simulator', status: 'cancelled', requestedAt: '2026-11-26T10:00:00Z',
  startedAt: '2026-11-26T10:00:05Z', deliveredAt: null, cancelledAt: '2026-11-26T10:01:00Z', distanceMeters: 812.4, drivenMeters: 300, durationSeconds: null,
};

describe('listDeliveries', () => {
  it('asks for the filters as the API names them, each status once, defaults left out', async () => {
    const fetchMock = mockFetch({ 'GET /api/deliveries': () => jsonResponse({ items: [record], page: 1, size: 50, total: 51 }) });
    const filters = { ...DEFAULT_FILTERS, statuses: ['in_transit', 'requested'] as const, routeId: 'r1', from: '2026-11-26T10:00:00Z', to: '2026-11-26T12:00:00Z', page: 1, size: 50 };
    await expect(listDeliveries(filters)).resolves.toEqual({ items: [record], page: 1, size: 50, total: 51 });
    const url = new URL(String(fetchMock.mock.calls[0]?.[0]), 'http://localhost');
    expect(url.searchParams.getAll('status')).toEqual(['requested', 'in_transit']);
    expect(Object.fromEntries([...url.searchParams].filter(([k]) => k !== 'status'))).toEqual({
      routeId: 'r1', from: '2026-11-26T10:00:00Z', to: '2026-11-26T12:00:00Z', page: '1', size: '50',
    });
  });

  it('asks for the first page of everything without a query', async () => {
    const fetchMock = mockFetch({ 'GET /api/deliveries': () => jsonResponse({ items: [], page: 0, size: 20, total: 0 }) });
    await listDeliveries(DEFAULT_FILTERS);
    expect(String(fetchMock.mock.calls[0]?.[0])).toMatch(/\/api\/deliveries$/);
  });

  it('fails with the problem detail of a refused filter', async () => {
    mockFetch({ 'GET /api/deliveries': () => problemResponse(400, 'Bad Request', 'from must be before to') });
    await expect(listDeliveries(DEFAULT_FILTERS)).rejects.toThrow('from must be before to');
  });
});

describe('cancelDelivery', () => {
  it('posts no body to the cancel endpoint and answers the cancelled record', async () => {
    const fetchMock = mockFetch({ 'POST /api/deliveries/d%201/cancel': () => jsonResponse(record) });
    await expect(cancelDelivery('d 1')).resolves.toEqual(record);
    const init = fetchMock.mock.calls[0]?.[1];
    expect(init?.method).toBe('POST');
    expect(init?.body).toBeNull();
  });

  it('fails with the detail of a 409 (already delivered)', async () => {
    mockFetch({ 'POST /api/deliveries/d1/cancel': () => problemResponse(409, 'Conflict', 'Delivery d1 was already delivered') });
    await expect(cancelDelivery('d1')).rejects.toMatchObject({ status: 409, message: 'Delivery d1 was already delivered' });
  });
});

describe('getRouteOptions', () => {
  it('lists archived routes too, by title', async () => {
    const fetchMock = mockFetch({
      'GET /api/routes': () =>
        jsonResponse([
          { id: 'w', title: 'Wall Street', archived: true },
          { id: 'b', title: 'Broadway', archived: false },
        ]),
    });
    await expect(getRouteOptions()).resolves.toEqual([
      { id: 'b', title: 'Broadway', archived: false },
      { id: 'w', title: 'Wall Street', archived: true },
    ]);
    expect(new URL(String(fetchMock.mock.calls[0]?.[0]), 'http://localhost').searchParams.get('archived')).toBe('true');
  });
});
