import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../lib/i18n/i18n';
import { jsonResponse, mockFetch, problemResponse } from '../testing/fetch-mock';
import type { Route } from '../types/api';
import { LiveMapPage } from './LiveMapPage';
import { FakeWebSocket } from '../testing/fake-websocket';

// MapLibre needs WebGL, which jsdom lacks: the map is replaced; the browser e2e test covers it.
vi.mock('../features/live-map/components/LiveMap', () => ({
  LiveMap: (props: { scene: { selectedId: string | null; vehicles: unknown[]; trails: unknown[] }; camera: string }) => (
    <div
      data-testid="map"
      data-selected={props.scene.selectedId ?? ''}
      data-camera={props.camera}
      data-vehicles={props.scene.vehicles.length}
      data-trails={props.scene.trails.length}
    />
  ),
}));


const line = (from: [number, number], to: [number, number]) => ({ type: 'LineString' as const, coordinates: [from, to] });
const routes: Route[] = [
  { id: 'fifth-avenue', title: 'Fifth Avenue', lengthMeters: 3000, archived: false, createdAt: '2026-11-20T10:00:00Z', start: { lat: 40.73, lng: -73.99 }, end: { lat: 40.76, lng: -73.97 }, geometry: line([-73.99, 40.73], [-73.97, 40.76]) },
  { id: 'broadway', title: 'Broadway', lengthMeters: 4450, archived: false, createdAt: '2026-11-20T10:00:00Z', start: { lat: 40.73, lng: -73.99 }, end: { lat: 40.77, lng: -73.99 }, geometry: line([-73.99, 40.73], [-73.99, 40.77]) },
];
const delivery = { id: 'd0000001-aaaa', routeId: 'broadway', status: 'requested', requestedAt: '2026-01-01T00:00:00Z', startedAt: null, deliveredAt: null };
/** A v1 position row: [deliveryId, routeId, seq, lat, lng, emittedAt]. */
const at = (seq: number, deliveryId = delivery.id, routeId = 'broadway') => [deliveryId, routeId, seq, 40.73 + seq * 0.0001, -73.99, 1764079203500 + seq * 500];
const snapshot = (...rows: unknown[][]) => ({ type: 'snapshot', v: 1, scope: { kind: 'fleet' }, positions: rows });
const rowOf = (id: string) => document.querySelector<HTMLElement>(`[data-delivery-id="${id}"]`);
const idsIn = (list: string) =>
  [...document.querySelectorAll<HTMLElement>(`[data-list="${list}"] [data-delivery-id]`)].map((e) => e.dataset.deliveryId);

describe('LiveMapPage', () => {
  beforeEach(() => {
    FakeWebSocket.reset();
    vi.stubGlobal('WebSocket', FakeWebSocket);
    vi.stubGlobal('ResizeObserver', class { observe() {} unobserve() {} disconnect() {} });
  });

  it('lists the routes and starts a delivery on the chosen one, then follows it', async () => {
    const fetchMock = mockFetch({
      'GET /api/routes': () => jsonResponse(routes),
      'POST /api/deliveries': () => jsonResponse(delivery, 201),
    });
    render(<LiveMapPage panelRefreshMs={0} />);
    const select = await screen.findByRole('combobox', { name: 'Route' });
    await waitFor(() => expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Fifth Avenue', 'Broadway']));
    await userEvent.selectOptions(select, 'broadway');
    await userEvent.click(screen.getByRole('button', { name: 'Start' }));

    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ routeId: 'broadway' });
    expect(new Headers(post?.[1]?.headers).get('Idempotency-Key')).toBeTruthy();
    await waitFor(() => expect(rowOf(delivery.id)?.dataset).toMatchObject({ status: 'requested', progress: '0' }));
    expect(screen.getByTestId('map').dataset).toMatchObject({ selected: delivery.id, camera: 'selected' });
  });

  it('shows the detail of a problem+json error', async () => {
    mockFetch({
      'GET /api/routes': () => jsonResponse(routes),
      'POST /api/deliveries': () => problemResponse(404, 'Not Found', 'Route "fifth-avenue" is not available'),
    });
    render(<LiveMapPage panelRefreshMs={0} />);
    await screen.findByRole('option', { name: 'Broadway' });
    await userEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', expect.stringContaining('Route "fifth-avenue" is not available'));
  });

  it('follows the started delivery until it is delivered, then lists it as recent', async () => {
    mockFetch({
      'GET /api/routes': () => jsonResponse(routes),
      'POST /api/deliveries': () => jsonResponse(delivery, 201),
    });
    render(<LiveMapPage panelRefreshMs={0} />);
    await screen.findByRole('option', { name: 'Broadway' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Route' }), 'broadway');
    await userEvent.click(screen.getByRole('button', { name: 'Start' }));
    await waitFor(() => expect(rowOf(delivery.id)).not.toBeNull());
    const socket = FakeWebSocket.last!;
    expect(socket.url).toMatch(/\/ws$/); // the dispatcher starts on the whole fleet
    socket.emit(snapshot());
    socket.emit({ type: 'positions', positions: [at(0), at(1)] });
    expect(rowOf(delivery.id)?.dataset).toMatchObject({ seq: '1', status: 'in_transit' });
    socket.emit({ type: 'positions', positions: [at(1), at(200)] });
    expect(rowOf(delivery.id)?.dataset).toMatchObject({ seq: '200', status: 'in_transit', progress: '50' });
    socket.emit({ type: 'removed', deliveries: [[delivery.id, 'delivered']] });
    expect(idsIn('active')).toEqual([]);
    expect(idsIn('recent')).toEqual([delivery.id]);
    expect(rowOf(delivery.id)?.dataset).toMatchObject({ seq: '200', status: 'delivered', progress: '100' });
    expect(rowOf(delivery.id)?.textContent).toContain('took 2 min');
    expect(document.querySelector('.notice')?.textContent).toContain('Delivery d0000001 delivered: Broadway');
  });

  it('takes deliveries that went silent or were cancelled off the list', async () => {
    mockFetch({ 'GET /api/routes': () => jsonResponse(routes) });
    render(<LiveMapPage panelRefreshMs={0} />);
    await screen.findByRole('combobox', { name: 'Route' });
    const socket = FakeWebSocket.last!;
    socket.emit(snapshot(at(3, 'other-1'), at(5, 'other-2'), at(1, 'other-3')));
    expect(idsIn('active').sort()).toEqual(['other-1', 'other-2', 'other-3']);
    socket.emit({ type: 'removed', deliveries: [['other-1', 'silent'], ['other-3', 'cancelled']] });
    expect(idsIn('active')).toEqual(['other-2']);
    expect(idsIn('recent')).toEqual([]);
  });

  it('cancels a delivery from its row: it says "Cancelling…" until the feed removes it, then leaves the list and the map', async () => {
    const fetchMock = mockFetch({
      'GET /api/routes': () => jsonResponse(routes),
      'POST /api/deliveries/x-1/cancel': () => jsonResponse({ id: 'x-1', routeId: 'broadway', status: 'cancelled' }),
    });
    render(<LiveMapPage panelRefreshMs={0} />);
    await screen.findByRole('option', { name: 'Broadway' });
    const socket = FakeWebSocket.last!;
    socket.emit(snapshot(at(3, 'x-1'), at(4, 'x-2')));
    await userEvent.click(rowOf('x-1')!.querySelector<HTMLButtonElement>('[data-action="cancel"]')!);
    await userEvent.click(rowOf('x-1')!.querySelector<HTMLButtonElement>('[data-action="confirm-cancel"]')!);
    await waitFor(() => expect(rowOf('x-1')?.querySelector('[data-action="cancel"]')?.textContent).toBe('Cancelling…'));
    expect(fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST')).toHaveLength(1);
    expect(screen.getByTestId('map').dataset.vehicles).toBe('2');
    socket.emit({ type: 'removed', deliveries: [['x-1', 'cancelled']] });
    expect(idsIn('active')).toEqual(['x-2']);
    expect(screen.getByTestId('map').dataset.vehicles).toBe('1');
  });

  it('takes a started delivery cancelled before it drove off the list when the feed removes it', async () => {
    mockFetch({
      'GET /api/routes': () => jsonResponse(routes),
      'POST /api/deliveries': () => jsonResponse(delivery, 201),
    });
    render(<LiveMapPage panelRefreshMs={0} />);
    await screen.findByRole('option', { name: 'Broadway' });
    await userEvent.click(screen.getByRole('button', { name: 'Start' }));
    await waitFor(() => expect(rowOf(delivery.id)?.dataset.status).toBe('requested'));
    const socket = FakeWebSocket.last!;
    socket.emit(snapshot());
    socket.emit({ type: 'removed', deliveries: [[delivery.id, 'cancelled']] });
    expect(idsIn('active')).toEqual([]);
  });

  it('searches by route or id and sorts', async () => {
    mockFetch({ 'GET /api/routes': () => jsonResponse(routes) });
    render(<LiveMapPage panelRefreshMs={0} />);
    await screen.findByRole('option', { name: 'Broadway' });
    const socket = FakeWebSocket.last!;
    socket.emit(snapshot(at(10, 'aaa-1'), at(30, 'bbb-2'), at(20, 'ccc-3', 'fifth-avenue')));
    await userEvent.type(screen.getByRole('searchbox'), 'fifth');
    expect(idsIn('active')).toEqual(['ccc-3']);
    await userEvent.clear(screen.getByRole('searchbox'));
    await userEvent.type(screen.getByRole('searchbox'), 'BBB');
    expect(idsIn('active')).toEqual(['bbb-2']);
    await userEvent.clear(screen.getByRole('searchbox'));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'route');
    expect(idsIn('active')).toEqual(['aaa-1', 'bbb-2', 'ccc-3']);
  });

  it('selects a delivery from the panel and gives the map a scene with its lines', async () => {
    mockFetch({ 'GET /api/routes': () => jsonResponse(routes) });
    render(<LiveMapPage panelRefreshMs={0} />);
    await screen.findByRole('option', { name: 'Broadway' });
    const socket = FakeWebSocket.last!;
    socket.emit({ ...snapshot(at(3, 'x-1')), trails: { 'x-1': [[40.73, -73.99], [40.7301, -73.99], [40.7303, -73.99]] } });
    expect(screen.getByTestId('map').dataset).toMatchObject({ vehicles: '1', trails: '1', camera: 'all' });
    await userEvent.click(within(rowOf('x-1')!).getByRole('button', { name: 'Broadway' }));
    expect(screen.getByTestId('map').dataset).toMatchObject({ selected: 'x-1', camera: 'selected' });
    await userEvent.click(screen.getByRole('button', { name: 'Fit all' }));
    expect(screen.getByTestId('map').dataset).toMatchObject({ camera: 'all' });
  });

  it('says a reload is needed when the server speaks another protocol version', async () => {
    mockFetch({ 'GET /api/routes': () => jsonResponse(routes) });
    render(<LiveMapPage panelRefreshMs={0} />);
    await screen.findByRole('combobox', { name: 'Route' });
    const socket = FakeWebSocket.last!;
    act(() => socket.onopen?.(new Event('open')));
    socket.emit(snapshot(at(3, 'other-1')));
    expect(document.querySelectorAll('[data-delivery-id]')).toHaveLength(1);
    socket.emit({ type: 'snapshot', v: 2, scope: { kind: 'fleet' }, positions: [] });
    expect(document.querySelector('[data-connection]')?.textContent).toBe('Reload needed');
    expect(document.querySelectorAll('[data-delivery-id]')).toHaveLength(0);
  });

  it('speaks Brazilian Portuguese', async () => {
    await act(() => i18n.changeLanguage('pt-BR'));
    mockFetch({ 'GET /api/routes': () => jsonResponse(routes) });
    render(<LiveMapPage panelRefreshMs={0} />);
    await screen.findByRole('option', { name: 'Broadway' });
    const socket = FakeWebSocket.last!;
    socket.emit(snapshot(at(3, 'other-1')));
    expect(screen.getByRole('button', { name: 'Iniciar' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: /Entregas ativas/ })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Rota' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ver todas' })).toBeTruthy();
    expect(rowOf('other-1')?.textContent).toContain('Em trânsito');
    expect(screen.getByText('Demonstração')).toBeTruthy();
  });
});
