import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SessionProvider } from '../lib/session/session-context';
import { FakeWebSocket } from '../testing/fake-websocket';
import { jsonResponse, mockFetch, problemResponse } from '../testing/fetch-mock';
import type { Route, Session } from '../types/api';
import { App } from './App';

// MapLibre needs WebGL, which jsdom lacks: the map is replaced; the browser e2e test covers it.
vi.mock('../features/live-map/components/LiveMap', () => ({ LiveMap: () => <div data-testid="map" /> }));

const line = { type: 'LineString' as const, coordinates: [[-73.99, 40.73], [-73.98, 40.77]] as [number, number][] };
const routes: Route[] = [
  { id: 'broadway', title: 'Broadway', archived: false, createdAt: '2026-11-20T10:00:00Z', lengthMeters: 4450, start: { lat: 40.73, lng: -73.99 }, end: { lat: 40.77, lng: -73.98 }, geometry: line },
];
const nobody: Session = { mode: 'signed-in', singleSignOn: false, user: null };
const as = (name: string, role: 'dispatcher' | 'viewer'): Session => ({ mode: 'signed-in', singleSignOn: false, user: { name, roles: [role] } });

function renderApp() {
  return render(
    <SessionProvider>
      <App />
    </SessionProvider>,
  );
}

describe('signing in', () => {
  beforeEach(() => {
    FakeWebSocket.reset();
    vi.stubGlobal('WebSocket', FakeWebSocket);
    vi.stubGlobal('ResizeObserver', class { observe() {} unobserve() {} disconnect() {} });
    window.history.replaceState(null, '', '/');
  });

  it('asks who is there, says so on a wrong password, then shows the page asked for to a dispatcher', async () => {
    const fetchMock = mockFetch({
      'GET /api/session': () => jsonResponse(nobody),
      'POST /api/session': (init) =>
        JSON.parse(String(init?.body)).password === 'right'
          ? jsonResponse(as('dana', 'dispatcher'))
          : problemResponse(401, 'Unauthorized', 'wrong user name or password'),
      'GET /api/routes': () => jsonResponse(routes),
    });
    renderApp();

    await userEvent.type(await screen.findByLabelText('User name'), 'dana');
    await userEvent.type(screen.getByLabelText('Password'), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Wrong user name or password.')).toBeTruthy();
    expect(screen.queryByTestId('map')).toBeNull();
    expect(fetchMock.mock.calls.some(([url]) => String(url).includes('/api/routes'))).toBe(false);

    await userEvent.clear(screen.getByLabelText('Password'));
    await userEvent.type(screen.getByLabelText('Password'), 'right');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByTestId('map')).toBeTruthy();
    expect(screen.getByTestId('user-menu').textContent).toContain('dana');
    expect(await screen.findByRole('button', { name: 'Start' })).toBeTruthy();
    const posted = fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST').map(([, init]) => JSON.parse(String(init?.body)));
    expect(posted).toEqual([{ username: 'dana', password: 'wrong' }, { username: 'dana', password: 'right' }]);
  });

  it('shows a viewer the map without anything that changes the fleet, and signs out', async () => {
    mockFetch({
      'GET /api/session': () => jsonResponse(as('vic', 'viewer')),
      'DELETE /api/session': () => new Response(null, { status: 204 }),
      'GET /api/routes': () => jsonResponse(routes),
    });
    renderApp();

    expect(await screen.findByTestId('map')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('user-menu').textContent).toContain('vic'));
    expect(screen.queryByRole('button', { name: 'Start' })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByTestId('sign-in')).toBeTruthy();
  });

  it('goes back to signing in when the session ends under the user (a 401 from the API)', async () => {
    mockFetch({
      'GET /api/session': () => jsonResponse(as('dana', 'dispatcher')),
      'GET /api/routes': () => problemResponse(401, 'Unauthorized', 'sign in first'),
    });
    renderApp();

    expect(await screen.findByTestId('sign-in')).toBeTruthy();
  });

  it('offers single sign-on when the backend has a provider, and says why one came back without a role', async () => {
    window.history.replaceState(null, '', '/sign-in?error=no-role');
    mockFetch({ 'GET /api/session': () => jsonResponse({ ...nobody, singleSignOn: true }) });
    renderApp();

    expect((await screen.findByRole('link', { name: 'Sign in with single sign-on' })).getAttribute('href')).toBe('/oauth2/authorization/oidc');
    expect(screen.getByRole('alert').textContent).toContain('neither a dispatcher nor a viewer');
  });

  it('runs as before when the backend runs open: no sign-in, no user', async () => {
    mockFetch({
      'GET /api/session': () => jsonResponse({ mode: 'open', singleSignOn: false, user: null }),
      'GET /api/routes': () => jsonResponse(routes),
    });
    renderApp();

    expect(await screen.findByRole('button', { name: 'Start' })).toBeTruthy();
    expect(screen.queryByTestId('user-menu')).toBeNull();
    expect(screen.queryByTestId('sign-in')).toBeNull();
  });
});
