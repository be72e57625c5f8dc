import { vi } from 'vitest';

/** A fetch double for the network boundary: answers by "METHOD path" (the query is in `url`). */
export type FetchRoute = (init: RequestInit | undefined, url: URL) => Response | Promise<Response>;

export function jsonResponse(body: unknown, status = 200, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

export function problemResponse(status: number, title: string, detail: string): Response {
  return jsonResponse({ title, status, detail }, status, 'application/problem+json');
}

export function mockFetch(routes: Record<string, FetchRoute>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const parsed = new URL(url, 'http://localhost');
    const key = `${init?.method ?? 'GET'} ${parsed.pathname}`;
    const route = routes[key];
    if (!route) return new Response('not mocked: ' + key, { status: 599 });
    return route(init, parsed);
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}
