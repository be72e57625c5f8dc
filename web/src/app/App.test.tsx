import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '../testing/fetch-mock';
import type { Route } from '../types/api';
import { App } from './App';

// MapLibre needs WebGL, which jsdom lacks: the map is replaced; the browser e2e test covers it.
vi.mock('../features/live-map/components/LiveMap', () => ({
  LiveMap: (props: { selectedRouteId: string | null }) => <div data-testid="map" data-selected={props.selectedRouteId} />,
}));
vi.mock('../features/dashboards/components/TrailsMap', () => ({
  TrailsMap: () => <div data-testid="trails-map" />,
}));

class FakeWebSocket {
  static last: FakeWebSocket | null = null;
  onopen: ((e: Event) => void) | null = null;
  onmessage: ((e: MessageEvent) => void) | null = null;
  onclose: ((e: CloseEvent) => void) | null = null;
  onerror: ((e: Event) => void) | null = null;
  constructor(readonly url: string) {
    FakeWebSocket.last = this;
  }
  sent: string[] = [];
  close() {}
  send(data: string) {
    this.sent.push(data);
  }
  emit(frame: unknown) {
    act(() => this.onmessage?.(new MessageEvent('message', { data: JSON.stringify(frame) })));
  }
}

const line = (from: [number, number], to: [number, number]) => ({ type: 'LineString' as const, coordinates: [from, to] });
const routes: Route[] = [
  { id: 'fifth-avenue', title: 'Fifth Avenue', start: { lat: 40.73, lng: -73.99 }, end: { lat: 40.76, lng: -73.97 }, geometry: line([-73.99, 40.73], [-73.97, 40.76]) },
  { id: 'broadway', title: 'Broadway', start: { lat: 40.73, lng: -73.99 }, end: { lat: 40.77, lng: -73.98 }, geometry: line([-73.99, 40.73], [-73.98, 40.77]) },
];
const delivery = { id: 'd0000001-aaaa', routeId: 'broadway', status: 'requested', requestedAt: '2026-01-01T00:00:00Z' };
/** A v1 position row: [deliveryId, routeId, seq, lat, lng, emittedAt]. */
const at = (seq: number, deliveryId = delivery.id) => [deliveryId, 'broadway', seq, 40.73 + seq * 0.01, -73.99, 1764079203500 + seq * 500];
const snapshot = (...rows: unknown[][]) => ({ type: 'snapshot', v: 1, scope: { kind: 'fleet' }, positions: rows });

describe('App', () => {
  beforeEach(() => {
    vi.stubGlobal('WebSocket', FakeWebSocket);
    vi.stubGlobal('ResizeObserver', class { observe() {} unobserve() {} disconnect() {} });
    window.history.replaceState(null, '', '/');
  });

  it('links the live map and the dashboards pages, with the back button working', async () => {
    const range = { from: '2026-11-26T11:00:00Z', to: '2026-11-26T12:00:00Z', interval: '5m' };
    const fetchMock = mockFetch({
      'GET /api/routes': () => jsonResponse(routes),
      'GET /api/dashboards/deliveries': () => jsonResponse({ ...range, requested: 1, delivered: 0, active: 1, averageDurationSeconds: null, overTime: [] }),
      'GET /api/dashboards/routes': () => jsonResponse({ ...range, routes: [] }),
      'GET /api/dashboards/viewers': () => jsonResponse({ ...range, openNow: 0, byScope: {}, overTime: [] }),
      'GET /api/dashboards/trails': () => jsonResponse({ ...range, trails: [] }),
    });
    render(<App />);
    await userEvent.click(await screen.findByRole('link', { name: 'Dashboards' }));
    expect(window.location.pathname).toBe('/dashboards');
    // The page is a lazy chunk: its first import can take a few seconds on a busy machine.
    expect(await screen.findByRole('heading', { name: 'Dashboards', level: 1 }, { timeout: 10_000 })).toBeTruthy();
    await waitFor(() => expect(document.querySelector('[data-dashboard="active"]')?.getAttribute('data-filled')).toBe('true'));
    expect(screen.queryByTestId('map')).toBeNull();
    expect(document.title).toBe('Dashboards · Code Delivery');

    act(() => {
      window.history.back();
    });
    await waitFor(() => expect(window.location.pathname).toBe('/'));
    expect(await screen.findByTestId('map')).toBeTruthy();
    await userEvent.click(screen.getByRole('link', { name: 'Dashboards' }));
    await userEvent.click(await screen.findByRole('link', { name: 'Live map' }));
    expect(window.location.pathname).toBe('/');
    expect(fetchMock).toHaveBeenCalled();
  });

  it('opens the dashboards when loaded at /dashboards/', async () => {
    window.history.replaceState(null, '', '/dashboards/');
    mockFetch({});
    render(<App />);
    // The page is a lazy chunk: its first import can take a few seconds on a busy machine.
    expect(await screen.findByRole('heading', { name: 'Dashboards', level: 1 }, { timeout: 10_000 })).toBeTruthy();
  });

  it('says a path it does not know is not found', () => {
    window.history.replaceState(null, '', '/nowhere');
    mockFetch({});
    render(<App />);
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeTruthy();
  });

  it('lists the routes and starts a delivery on the chosen one', async () => {
    const fetchMock = mockFetch({
      'GET /api/routes': () => jsonResponse(routes),
      'POST /api/deliveries': () => jsonResponse(delivery, 201),
    });
    render(<App />);
    const select = await screen.findByRole('combobox', { name: 'Route' });
    await waitFor(() => expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Fifth Avenue', 'Broadway']));

    await userEvent.selectOptions(select, 'broadway');
    expect(screen.getByTestId('map').dataset.selected).toBe('broadway');
    await userEvent.click(screen.getByRole('button', { name: 'Start' }));

    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ routeId: 'broadway' });
    const row = await screen.findByText('Broadway', { selector: '.delivery-route' });
    expect(row.closest('li')?.dataset).toMatchObject({ deliveryId: delivery.id, status: 'requested' });
  });

  it('shows the detail of a problem+json error', async () => {
    mockFetch({
      'GET /api/routes': () => jsonResponse(routes),
      'POST /api/deliveries': () => problemResponse(404, 'Not Found', 'Route "fifth-avenue" is not available'),
    });
    render(<App />);
    await userEvent.click(await screen.findByRole('button', { name: 'Start' }));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', expect.stringContaining('Route "fifth-avenue" is not available'));
  });

  it('follows the started delivery until it is delivered', async () => {
    mockFetch({
      'GET /api/routes': () => jsonResponse(routes),
      'POST /api/deliveries': () => jsonResponse(delivery, 201),
    });
    render(<App />);
    await screen.findByRole('option', { name: 'Broadway' }); // the routes have loaded
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Route' }), 'broadway');
    await userEvent.click(screen.getByRole('button', { name: 'Start' }));
    await screen.findByText('Broadway', { selector: '.delivery-route' });
    const socket = FakeWebSocket.last!;
    expect(socket.url).toMatch(/\/ws$/); // the dispatcher watches the whole fleet
    socket.emit(snapshot());
    socket.emit({ type: 'positions', positions: [at(0), at(1)] });
    const row = () => document.querySelector<HTMLElement>(`[data-delivery-id="${delivery.id}"]`);
    expect(row()?.dataset).toMatchObject({ seq: '1', status: 'in_transit' });

    socket.emit({ type: 'positions', positions: [at(1), at(2)] });
    expect(row()?.dataset).toMatchObject({ seq: '2', status: 'in_transit' });
    socket.emit({ type: 'removed', deliveries: [[delivery.id, 'delivered']] });
    expect(row()?.dataset).toMatchObject({ seq: '2', status: 'delivered' });
    expect(screen.getByRole('status').textContent).toContain('Delivery d0000001 delivered: Broadway');
  });

  it('takes deliveries that went silent or were cancelled off the list', async () => {
    mockFetch({ 'GET /api/routes': () => jsonResponse(routes) });
    render(<App />);
    await screen.findByRole('combobox', { name: 'Route' });
    const socket = FakeWebSocket.last!;
    socket.emit(snapshot(at(3, 'other-1'), at(5, 'other-2'), at(1, 'other-3')));
    const ids = () => [...document.querySelectorAll<HTMLElement>('[data-delivery-id]')].map((li) => li.dataset.deliveryId);
    expect(ids()).toEqual(['other-1', 'other-2', 'other-3']);
    socket.emit({ type: 'removed', deliveries: [['other-1', 'silent'], ['other-3', 'cancelled']] });
    expect(ids()).toEqual(['other-2']);
  });

  it('says a reload is needed when the server speaks another protocol version', async () => {
    mockFetch({ 'GET /api/routes': () => jsonResponse(routes) });
    render(<App />);
    await screen.findByRole('combobox', { name: 'Route' });
    const socket = FakeWebSocket.last!;
    act(() => socket.onopen?.(new Event('open')));
    socket.emit(snapshot(at(3, 'other-1')));
    expect(document.querySelectorAll('[data-delivery-id]')).toHaveLength(1);
    socket.emit({ type: 'snapshot', v: 2, scope: { kind: 'fleet' }, positions: [] });
    expect(document.querySelector('[data-connection]')?.textContent).toBe('Reload needed');
    expect(document.querySelectorAll('[data-delivery-id]')).toHaveLength(0);
  });
});
