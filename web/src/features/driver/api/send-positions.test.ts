import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch } from '../../../testing/fetch-mock';
import type { DevicePosition } from '../../../types/device-api';
import { sendPositions } from './send-positions';

const positions: DevicePosition[] = [{ seq: 0, lat: -23.5, lng: -46.6, at: '2026-11-26T14:00:00.123Z', finished: false }];
const problem = (status: number, extra: Record<string, unknown> = {}) =>
  jsonResponse({ title: 'x', status, detail: `refused ${status}`, ...extra }, status, 'application/problem+json');

describe('sendPositions', () => {
  it('posts the batch with the token and reads the acknowledgement', async () => {
    const fetchMock = mockFetch({ 'POST /api/device/positions': () => jsonResponse({ lastSeq: 0, status: 'in_transit' }) });
    await expect(sendPositions('tok', positions)).resolves.toEqual({ kind: 'accepted', lastSeq: 0, status: 'in_transit' });
    const init = fetchMock.mock.calls[0]?.[1];
    expect(new Headers(init?.headers).get('Authorization')).toBe('Bearer tok');
    expect(JSON.parse(String(init?.body))).toEqual({ positions });
  });

  it('reads every refusal', async () => {
    const cases: [Response, unknown][] = [
      [problem(409, { expectedSeq: 4 }), { kind: 'resend', expectedSeq: 4 }],
      [problem(409), { kind: 'failed', status: 409, message: 'refused 409' }],
      [jsonResponse({ title: 'Gone', status: 'delivered' }, 410, 'application/problem+json'), { kind: 'ended', status: 'delivered' }],
      [problem(410, { deliveryStatus: 'cancelled' }), { kind: 'ended', status: 'cancelled' }],
      [problem(401), { kind: 'unauthorized' }],
      [problem(413), { kind: 'too-large' }],
      [problem(422), { kind: 'finish-refused', message: 'refused 422' }],
      [problem(503), { kind: 'failed', status: 503, message: 'refused 503' }],
    ];
    for (const [answer, outcome] of cases) {
      mockFetch({ 'POST /api/device/positions': () => answer });
      await expect(sendPositions('tok', positions)).resolves.toEqual(outcome);
    }
  });

  it('reads no answer at all as a failure to retry', async () => {
    mockFetch({ 'POST /api/device/positions': () => Promise.reject(new TypeError('Failed to fetch')) });
    await expect(sendPositions('tok', positions)).resolves.toMatchObject({ kind: 'failed', status: 0 });
  });
});
