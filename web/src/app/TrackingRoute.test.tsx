import { render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '../testing/fetch-mock';
import { App } from './App';
import { FakeWebSocket } from '../testing/fake-websocket';

// The dispatcher's page is not under test here (and is being rewritten meanwhile).
vi.mock('./LiveMapPage', () => ({ LiveMapPage: () => <main data-testid="live-map-page" /> }));
// MapLibre needs WebGL, which jsdom lacks: the tracking page's renderer is replaced.
vi.mock('../features/tracking-page/components/MapLibreSceneMap', () => ({
  MapLibreSceneMap: () => <div data-testid="tracking-map" />,
}));


const ID = 'd0000001-aaaa';
const route = {
  id: 'broadway',
  title: 'Broadway',
  start: { lat: 40.7, lng: -74 },
  end: { lat: 40.8, lng: -74 },
  geometry: { type: 'LineString', coordinates: [[-74, 40.7], [-74, 40.8]] },
  lengthMeters: 11_120,
};
const delivery = { id: ID, routeId: 'broadway', status: 'in_transit', requestedAt: '2026-11-26T10:00:00Z', startedAt: null, deliveredAt: null };
const row = (seq: number, lat: number) => [ID, 'broadway', seq, lat, -74, 1_764_150_000_000 + seq * 500];
const progress = () => document.querySelector<HTMLElement>(`[data-tracking-delivery="${ID}"] [data-progress]`)?.dataset;

describe('/track/{deliveryId}', () => {
  beforeEach(() => {
    FakeWebSocket.reset();
    vi.stubGlobal('WebSocket', FakeWebSocket);
  });

  it('subscribes to that delivery alone and follows it until it is delivered', async () => {
    window.history.replaceState(null, '', `/track/${ID}`);
    mockFetch({
      [`GET /api/deliveries/${ID}`]: () => jsonResponse(delivery),
      'GET /api/routes/broadway': () => jsonResponse(route),
      'GET /api/config': () => jsonResponse({ mapStyleUrl: null }),
    });
    render(<App />);
    // The page is a lazy chunk: its first import can take a few seconds on a busy machine.
    await screen.findByRole('heading', { name: 'Your delivery' }, { timeout: 10_000 });
    await waitFor(() => expect(FakeWebSocket.all).toHaveLength(1));
    const socket = FakeWebSocket.all[0]!;
    expect(socket.url).toMatch(new RegExp(`/ws\\?delivery=${ID}$`));
    expect(document.title).toBe('Tracking · Code Delivery');

    socket.emit({ type: 'snapshot', v: 1, scope: { kind: 'delivery', deliveryId: ID }, positions: [row(0, 40.72)] });
    await waitFor(() => expect(progress()).toMatchObject({ status: 'in_transit', progress: '20' }));
    socket.emit({ type: 'positions', positions: [row(1, 40.75)] });
    await waitFor(() => expect(progress()?.progress).toBe('50'));
    socket.emit({ type: 'removed', deliveries: [[ID, 'delivered']] });
    await waitFor(() => expect(progress()).toMatchObject({ status: 'delivered', progress: '100' }));
    expect(screen.getByText('Delivered', { selector: '[data-status-text]' })).toBeTruthy();
    expect(await screen.findByTestId('tracking-map')).toBeTruthy();
  });

  it('says a delivery cancelled while the page waited for it was cancelled', async () => {
    window.history.replaceState(null, '', `/track/${ID}`);
    let record: Record<string, unknown> = { ...delivery, status: 'requested' };
    mockFetch({
      [`GET /api/deliveries/${ID}`]: () => jsonResponse(record),
      'GET /api/routes/broadway': () => jsonResponse(route),
      'GET /api/config': () => jsonResponse({ mapStyleUrl: null }),
    });
    render(<App />);
    await screen.findByRole('heading', { name: 'Your delivery' }, { timeout: 10_000 });
    await waitFor(() => expect(FakeWebSocket.all).toHaveLength(1));
    const socket = FakeWebSocket.all[0]!;
    socket.emit({ type: 'snapshot', v: 1, scope: { kind: 'delivery', deliveryId: ID }, positions: [] });
    await waitFor(() => expect(progress()?.status).toBe('requested'));
    record = { ...record, status: 'cancelled', cancelledAt: '2026-11-26T10:01:00Z' };
    socket.emit({ type: 'removed', deliveries: [[ID, 'cancelled']] });
    await waitFor(() => expect(progress()?.status).toBe('cancelled'));
    expect(screen.getByText('This delivery was cancelled.')).toBeTruthy();
  });

  it('says an unknown delivery is not found and stops listening for it', async () => {
    window.history.replaceState(null, '', '/track/nobody');
    mockFetch({ 'GET /api/deliveries/nobody': () => problemResponse(404, 'Not Found', 'No delivery "nobody"') });
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Delivery not found' }, { timeout: 10_000 })).toBeTruthy();
    await waitFor(() => expect(document.querySelector('[data-tracking-delivery="nobody"]')?.getAttribute('data-state')).toBe('not-found'));
    expect(FakeWebSocket.all.every((socket) => socket.closed)).toBe(true);
    expect(document.querySelector('[data-connection]')).toBeNull();
  });

  it('says a link whose id no delivery can have is not found, without asking anyone', async () => {
    window.history.replaceState(null, '', '/track/-bad%20id');
    const fetchMock = mockFetch({});
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Delivery not found' }, { timeout: 10_000 })).toBeTruthy();
    expect(document.querySelector('[data-tracking-delivery="-bad id"]')?.getAttribute('data-state')).toBe('invalid');
    expect(fetchMock).not.toHaveBeenCalled();
    expect(FakeWebSocket.all).toHaveLength(0);
  });

  it("asks for a delivered one's recorded trail with the customer's link token too", async () => {
    window.history.replaceState(null, '', `/track/${ID}?access=tok.123.sig`);
    const fetchMock = mockFetch({
      [`GET /api/deliveries/${ID}`]: () => jsonResponse({ ...delivery, status: 'delivered', deliveredAt: '2026-11-26T10:05:00Z' }),
      'GET /api/routes/broadway': () => jsonResponse(route),
      'GET /api/config': () => jsonResponse({ mapStyleUrl: null }),
      'GET /api/dashboards/trails': () => jsonResponse({ trails: [] }),
    });
    render(<App />);
    await waitFor(() => expect(fetchMock.mock.calls.some(([url]) => String(url).includes('/api/dashboards/trails'))).toBe(true), { timeout: 10_000 });
    const trails = fetchMock.mock.calls.map(([url]) => new URL(String(url), 'http://localhost')).find((url) => url.pathname === '/api/dashboards/trails')!;
    expect(trails.searchParams.get('deliveryId')).toBe(ID);
    expect(trails.searchParams.get('access')).toBe('tok.123.sig');
  });

  it("passes a customer's link token on every request and on the socket, and says plainly when the link does not open it", async () => {
    window.history.replaceState(null, '', `/track/${ID}?access=tok.123.sig`);
    const fetchMock = mockFetch({
      [`GET /api/deliveries/${ID}`]: () => jsonResponse(delivery),
      'GET /api/routes/broadway': () => jsonResponse(route),
      'GET /api/config': () => jsonResponse({ mapStyleUrl: null }),
      'GET /api/dashboards/trails': () => jsonResponse({ trails: [] }),
    });
    const { unmount } = render(<App />);
    await screen.findByRole('heading', { name: 'Your delivery' }, { timeout: 10_000 });
    await waitFor(() => expect(FakeWebSocket.all).toHaveLength(1));
    expect(FakeWebSocket.all[0]!.url).toMatch(new RegExp(`/ws\\?access=tok\\.123\\.sig&delivery=${ID}$`));
    const asked = fetchMock.mock.calls.map(([url]) => new URL(String(url), 'http://localhost'));
    expect(asked.filter((url) => url.pathname !== '/api/config').map((url) => url.searchParams.get('access')))
      .toEqual(asked.filter((url) => url.pathname !== '/api/config').map(() => 'tok.123.sig'));
    expect(asked.map((url) => url.pathname)).toEqual(expect.arrayContaining([`/api/deliveries/${ID}`, '/api/routes/broadway']));
    unmount();

    FakeWebSocket.reset();
    window.history.replaceState(null, '', `/track/${ID}?access=expired`);
    mockFetch({
      [`GET /api/deliveries/${ID}`]: () => problemResponse(401, 'Unauthorized', 'this tracking link is not valid or has expired'),
    });
    render(<App />);
    expect(await screen.findByText('This link does not open this delivery', {}, { timeout: 10_000 })).toBeTruthy();
    expect(document.querySelector(`[data-tracking-delivery="${ID}"]`)?.getAttribute('data-state')).toBe('denied');
    expect(FakeWebSocket.all.every((socket) => socket.closed)).toBe(true);
  });
});
