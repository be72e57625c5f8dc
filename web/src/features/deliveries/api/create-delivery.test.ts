import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '../../../testing/fetch-mock';
import { createDelivery, newIdempotencyKey } from './create-delivery';

const delivery = { id: 'd1', routeId: 'broadway', status: 'requested', requestedAt: '2026-01-01T00:00:00Z', startedAt: null, deliveredAt: null };
const noWait = () => Promise.resolve();

describe('createDelivery', () => {
  it('sends an Idempotency-Key and reuses it when it retries a 503', async () => {
    const answers = [problemResponse(503, 'Service Unavailable', 'Kafka is away'), jsonResponse(delivery, 201)];
    const fetchMock = mockFetch({ 'POST /api/deliveries': () => answers.shift()! });
    await expect(createDelivery('broadway', { sleep: noWait })).resolves.toEqual(delivery);
    const keys = fetchMock.mock.calls.map(([, init]) => new Headers(init?.headers).get('Idempotency-Key'));
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
  });

  it('does not retry an answer that retrying cannot change', async () => {
    const fetchMock = mockFetch({ 'POST /api/deliveries': () => problemResponse(404, 'Not Found', 'No such route') });
    await expect(createDelivery('nowhere', { sleep: noWait })).rejects.toThrow('No such route');
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('gives up after the last attempt', async () => {
    const fetchMock = mockFetch({ 'POST /api/deliveries': () => problemResponse(409, 'Conflict', 'In progress') });
    await expect(createDelivery('broadway', { sleep: noWait, attempts: 2 })).rejects.toThrow('In progress');
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('makes distinct v4 keys', () => {
    const a = newIdempotencyKey();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newIdempotencyKey()).not.toBe(a);
  });
});
