import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch } from '../testing/fetch-mock';
import type { Route } from '../types/api';
import { i18n } from '../lib/i18n/i18n';
import { App } from './App';
import { FakeWebSocket } from '../testing/fake-websocket';

// MapLibre needs WebGL, which jsdom lacks: the map is replaced; the browser e2e test covers it.
vi.mock('../features/live-map/components/LiveMap', () => ({
  LiveMap: () => <div data-testid="map" />,
}));
vi.mock('../features/dashboards/components/TrailsMap', () => ({
  TrailsMap: () => <div data-testid="trails-map" />,
}));
vi.mock('../features/routes/components/RouteMap', () => ({
  RouteMap: () => <div data-testid="route-map" />,
}));


const line = (from: [number, number], to: [number, number]) => ({ type: 'LineString' as const, coordinates: [from, to] });
const routes: Route[] = [
  { id: 'fifth-avenue', title: 'Fifth Avenue', archived: false, createdAt: '2026-11-20T10:00:00Z', lengthMeters: 3000, start: { lat: 40.73, lng: -73.99 }, end: { lat: 40.76, lng: -73.97 }, geometry: line([-73.99, 40.73], [-73.97, 40.76]) },
  { id: 'broadway', title: 'Broadway', archived: false, createdAt: '2026-11-20T10:00:00Z', lengthMeters: 4450, start: { lat: 40.73, lng: -73.99 }, end: { lat: 40.77, lng: -73.98 }, geometry: line([-73.99, 40.73], [-73.98, 40.77]) },
];
describe('App', () => {
  beforeEach(() => {
    FakeWebSocket.reset();
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

  it('opens the routes page from the live map, and links back', async () => {
    const fetchMock = mockFetch({ 'GET /api/routes': () => jsonResponse(routes) });
    render(<App />);
    await userEvent.click(await screen.findByRole('link', { name: 'Routes' }));
    expect(window.location.pathname).toBe('/routes');
    expect(await screen.findByRole('heading', { name: 'Routes', level: 1 }, { timeout: 10_000 })).toBeTruthy();
    await waitFor(() => expect(document.querySelector('[data-route-id="broadway"]')).not.toBeNull());
    expect(document.title).toBe('Routes · Code Delivery');
    expect(fetchMock).toHaveBeenCalled();

    await userEvent.click(screen.getByRole('link', { name: 'Live map' }));
    expect(window.location.pathname).toBe('/');
    expect(await screen.findByTestId('map')).toBeTruthy();
  });

  it('opens the delivery history from the live map, its filters in the link, rows linking to tracking pages', async () => {
    const cancelled = {
      id: 'd-1', routeId: 'broadway', routeTitle: 'Broadway', status: 'cancelled', requestedAt: '2026-11-26T10:00:00Z',
      startedAt: null, deliveredAt: null, cancelledAt: '2026-11-26T10:01:00Z', distanceMeters: 0, drivenMeters: 0, durationSeconds: null,
    };
    const fetchMock = mockFetch({
      'GET /api/routes': () => jsonResponse(routes),
      'GET /api/deliveries': () => jsonResponse({ items: [cancelled], page: 0, size: 20, total: 1 }),
    });
    render(<App />);
    await userEvent.click(await screen.findByRole('link', { name: 'Deliveries' }));
    expect(window.location.pathname).toBe('/deliveries');
    expect(await screen.findByRole('heading', { name: 'Delivery history', level: 1 }, { timeout: 10_000 })).toBeTruthy();
    expect(document.title).toBe('Deliveries · Code Delivery');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Cancelled' }));
    expect(window.location.search).toBe('?status=cancelled');
    await waitFor(() => expect(fetchMock.mock.calls.some(([url]) => String(url).endsWith('/api/deliveries?status=cancelled'))).toBe(true));
    expect(screen.getByRole('link', { name: 'Broadway' }).getAttribute('href')).toBe('/track/d-1');
  });

  it('opens the dashboards when loaded at /dashboards/', async () => {
    window.history.replaceState(null, '', '/dashboards/');
    mockFetch({});
    render(<App />);
    // The page is a lazy chunk: its first import can take a few seconds on a busy machine.
    expect(await screen.findByRole('heading', { name: 'Dashboards', level: 1 }, { timeout: 10_000 })).toBeTruthy();
  });

  it('opens the driver page at /drive/{id}, and says a link without its token cannot drive', async () => {
    window.history.replaceState(null, '', '/drive/d-1');
    localStorage.removeItem('codedelivery.driver.token.d-1');
    vi.stubGlobal('navigator', { ...navigator, serviceWorker: undefined });
    const fetchMock = mockFetch({});
    render(<App />);
    // A lazy chunk: its first import can take a few seconds on a busy machine.
    expect(await screen.findByRole('heading', { name: 'This link has no driver key' }, { timeout: 10_000 })).toBeTruthy();
    expect(document.querySelector('[data-driver-delivery="d-1"]')?.getAttribute('data-driver-status')).toBe('no-token');
    expect(document.title).toBe('Driver · Code Delivery');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('says a path it does not know is not found', () => {
    window.history.replaceState(null, '', '/nowhere');
    mockFetch({});
    render(<App />);
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeTruthy();
    expect(document.title).toBe('Not found · Code Delivery');
  });

  it('titles and words the shell in Portuguese', async () => {
    await i18n.changeLanguage('pt-BR');
    window.history.replaceState(null, '', '/nowhere');
    mockFetch({});
    render(<App />);
    expect(screen.getByRole('heading', { name: 'Página não encontrada' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Painéis' })).toBeTruthy();
    expect(document.title).toBe('Página não encontrada · Code Delivery');
  });
  // The live map page itself is tested in LiveMapPage.test.tsx.
});
