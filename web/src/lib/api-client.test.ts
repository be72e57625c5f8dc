import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '../testing/fetch-mock';
import { ApiError, apiClient, onUnauthorized } from './api-client';
import { setTrackingAccess } from './tracking-access';

describe('apiClient', () => {
  it('returns the parsed JSON body of a successful answer', async () => {
    mockFetch({ 'GET /api/config': () => jsonResponse({ mapStyleUrl: null }) });
    await expect(apiClient.get('/api/config')).resolves.toEqual({ mapStyleUrl: null });
  });

  it('sends a JSON body on POST', async () => {
    const fetchMock = mockFetch({ 'POST /api/deliveries': () => jsonResponse({ id: 'd1' }, 201) });
    await apiClient.post('/api/deliveries', { routeId: 'fifth-avenue' });
    const init = fetchMock.mock.calls[0]?.[1];
    expect(init?.body).toBe('{"routeId":"fifth-avenue"}');
    expect(new Headers(init?.headers).get('Content-Type')).toBe('application/json');
  });

  it('sends a raw body with its own Content-Type, and a JSON body on PATCH', async () => {
    const fetchMock = mockFetch({
      'POST /api/routes/import': () => jsonResponse({ id: 'r1' }, 201),
      'PATCH /api/routes/r1': () => jsonResponse({ id: 'r1' }),
    });
    await apiClient.postRaw('/api/routes/import', { content: '<gpx/>', contentType: 'application/gpx+xml' });
    await apiClient.patch('/api/routes/r1', { title: 'Broadway' });
    const [post, patch] = fetchMock.mock.calls.map((call) => call[1]);
    expect(post?.body).toBe('<gpx/>');
    expect(new Headers(post?.headers).get('Content-Type')).toBe('application/gpx+xml');
    expect(patch?.method).toBe('PATCH');
    expect(patch?.body).toBe('{"title":"Broadway"}');
    expect(new Headers(patch?.headers).get('Content-Type')).toBe('application/json');
  });

  it('keeps the seconds a Retry-After header asks to wait', async () => {
    mockFetch({
      'POST /api/deliveries': () =>
        new Response(JSON.stringify({ title: 'Too Many Requests', status: 429, detail: 'too many' }), {
          status: 429,
          headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '7' },
        }),
      'GET /api/routes': () => problemResponse(500, 'Internal error', 'oops'),
    });
    const throttled = await apiClient.post('/api/deliveries', { routeId: 'a' }).catch((e: unknown) => e);
    const failed = await apiClient.get('/api/routes').catch((e: unknown) => e);
    expect(throttled).toMatchObject({ status: 429, retryAfterSeconds: 7 });
    expect(failed).toMatchObject({ status: 500, retryAfterSeconds: undefined });
  });

  it('turns a problem+json answer into an ApiError whose message is the detail', async () => {
    mockFetch({
      'POST /api/deliveries': () => problemResponse(404, 'Not Found', 'No route with id "nowhere"'),
    });
    const error = await apiClient.post('/api/deliveries', { routeId: 'nowhere' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ message: 'No route with id "nowhere"', status: 404, title: 'Not Found' });
  });

  it('falls back to the title when the problem has no detail', async () => {
    mockFetch({ 'POST /api/deliveries': () => jsonResponse({ title: 'Bad Request', status: 400 }, 400, 'application/problem+json') });
    await expect(apiClient.post('/api/deliveries', {})).rejects.toThrow('Bad Request');
  });

  it('keeps the problem body, extension members included', async () => {
    const body = { title: 'Conflict', status: 409, detail: 'resend from 7', expectedSeq: 7 };
    mockFetch({ 'POST /api/device/positions': () => jsonResponse(body, 409, 'application/problem+json') });
    const error = await apiClient.post('/api/device/positions', {}).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 409, message: 'resend from 7', problem: body });
  });

  it('reports the status of a non-JSON error page', async () => {
    mockFetch({ 'GET /api/routes': () => new Response('<html>oops</html>', { status: 502, statusText: 'Bad Gateway' }) });
    await expect(apiClient.get('/api/routes')).rejects.toMatchObject({
      message: 'Request failed (502 Bad Gateway)',
      status: 502,
    });
  });

  it('reports an unreachable server as status 0', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    await expect(apiClient.get('/api/routes')).rejects.toMatchObject({ status: 0 });
  });

  it('sends the CSRF cookie back in X-XSRF-TOKEN with every change, and not with a read', async () => {
    document.cookie = 'XSRF-TOKEN=token%2Fone';
    try {
      const fetchMock = mockFetch({
        'GET /api/routes': () => jsonResponse([]),
        'POST /api/deliveries': () => jsonResponse({ id: 'd1' }, 201),
        'PATCH /api/routes/r1': () => jsonResponse({}),
        'DELETE /api/session': () => new Response(null, { status: 204 }),
      });
      await apiClient.get('/api/routes');
      await apiClient.post('/api/deliveries', { routeId: 'r1' });
      await apiClient.patch('/api/routes/r1', { title: 'x' });
      await apiClient.delete('/api/session');
      const sent = fetchMock.mock.calls.map(([, init]) => new Headers(init?.headers).get('X-XSRF-TOKEN'));
      expect(sent).toEqual([null, 'token/one', 'token/one', 'token/one']);
    } finally {
      document.cookie = 'XSRF-TOKEN=; max-age=0';
    }
  });

  it('tells its listeners of a 401, except from the session endpoint itself or with a tracking link', async () => {
    const listener = vi.fn();
    const stop = onUnauthorized(listener);
    mockFetch({
      'GET /api/deliveries': () => problemResponse(401, 'Unauthorized', 'sign in first'),
      'POST /api/session': () => problemResponse(401, 'Unauthorized', 'wrong user name or password'),
    });
    await expect(apiClient.get('/api/deliveries')).rejects.toMatchObject({ status: 401 });
    await expect(apiClient.post('/api/session', { username: 'dana', password: 'x' })).rejects.toMatchObject({ status: 401 });
    setTrackingAccess('expired.1.sig');
    try {
      await expect(apiClient.get('/api/deliveries')).rejects.toMatchObject({ status: 401 });
    } finally {
      setTrackingAccess(null);
    }
    stop();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('adds a tracking link\'s token to every request while one is in use', async () => {
    setTrackingAccess('tok.1.sig');
    try {
      const fetchMock = mockFetch({ 'GET /api/deliveries/d1': () => jsonResponse({ id: 'd1' }) });
      await apiClient.get('/api/deliveries/d1');
      expect(new URL(String(fetchMock.mock.calls[0]?.[0]), 'http://localhost').searchParams.get('access')).toBe('tok.1.sig');
    } finally {
      setTrackingAccess(null);
    }
  });
});
