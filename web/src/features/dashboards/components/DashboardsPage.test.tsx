import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../lib/i18n/i18n';
import { jsonResponse, mockFetch, problemResponse } from '../../../testing/fetch-mock';
import type { DeliveriesStats, RouteStats, Trails, ViewerStats } from '../api/types';
import type { TrailsMapProps } from './TrailsMap';
import { DashboardsPage } from './DashboardsPage';

// MapLibre needs WebGL, which jsdom lacks: the map reports what it was given; the browser e2e test covers it.
vi.mock('./TrailsMap', () => ({
  TrailsMap: ({ trails, onDrawn }: TrailsMapProps) => {
    useEffect(() => onDrawn(trails.features.length), [trails, onDrawn]);
    return <div data-testid="trails-map" data-lines={trails.features.length} />;
  },
}));

class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}

const deliveries: DeliveriesStats = {
  from: '2026-11-26T11:00:00Z', to: '2026-11-26T12:00:00Z', interval: '5m',
  requested: 12, delivered: 9, cancelled: 2, active: 3, averageDurationSeconds: 251.3,
  overTime: [
    { at: '2026-11-26T11:00:00Z', requested: 5, delivered: 4, cancelled: 0 },
    { at: '2026-11-26T11:05:00Z', requested: 7, delivered: 5, cancelled: 0 },
  ],
};
const routes: RouteStats = {
  from: deliveries.from, to: deliveries.to,
  routes: [
    { routeId: 'broadway', routeTitle: 'Broadway', requested: 8, delivered: 6, cancelled: 1, averageDurationSeconds: 240 },
    { routeId: 'fifth-avenue', routeTitle: 'Fifth Avenue', requested: 4, delivered: 3, cancelled: 1, averageDurationSeconds: 260 },
  ],
};
const viewers: ViewerStats = {
  from: deliveries.from, to: deliveries.to, interval: '5m', openNow: 2,
  byScope: { fleet: 1, delivery: 1, area: 0 },
  overTime: [{ at: '2026-11-26T11:00:00Z', open: 1 }, { at: '2026-11-26T11:05:00Z', open: 2 }],
};
const trails: Trails = {
  from: deliveries.from, to: deliveries.to,
  trails: [
    { deliveryId: 'd0000001-aaaa', routeId: 'broadway', routeTitle: 'Broadway', status: 'delivered', points: [[-73.99, 40.73], [-73.98, 40.74]] },
    { deliveryId: 'd0000002-bbbb', routeId: 'fifth-avenue', routeTitle: 'Fifth Avenue', status: 'in_transit', points: [[-73.99, 40.73], [-73.97, 40.76]] },
  ],
};

const panel = (id: string) => document.querySelector<HTMLElement>(`[data-dashboard="${id}"]`);
const filled = () =>
  Object.fromEntries(['deliveries', 'viewers', 'trails', 'top-routes', 'per-route', 'active'].map((id) => [id, panel(id)?.dataset.filled]));
const ALL_FILLED = { deliveries: 'true', viewers: 'true', trails: 'true', 'top-routes': 'true', 'per-route': 'true', active: 'true' };

function serve(overrides: Partial<Record<string, () => Response>> = {}) {
  return mockFetch({
    'GET /api/dashboards/deliveries': () => overrides.deliveries?.() ?? jsonResponse(deliveries),
    'GET /api/dashboards/routes': () => overrides.routes?.() ?? jsonResponse(routes),
    'GET /api/dashboards/viewers': () => overrides.viewers?.() ?? jsonResponse(viewers),
    'GET /api/dashboards/trails': () => overrides.trails?.() ?? jsonResponse(trails),
  });
}

const callsTo = (fetchMock: ReturnType<typeof mockFetch>, path: string) =>
  fetchMock.mock.calls.map(([url]) => new URL(String(url), 'http://localhost')).filter((url) => url.pathname === path);

describe('DashboardsPage', () => {
  beforeEach(() => {
    vi.stubGlobal('ResizeObserver', NoResizeObserver);
  });

  it('fills all six dashboards from the four endpoints for the last hour', async () => {
    const fetchMock = serve();
    render(<DashboardsPage />);
    await waitFor(() => expect(filled()).toEqual(ALL_FILLED));

    expect(panel('active')?.querySelector('[data-active-count]')?.textContent).toBe('3');
    expect(within(panel('deliveries')!).getByText('Requested').nextSibling?.textContent).toBe('12');
    expect(within(panel('deliveries')!).getByText('Cancelled').nextSibling?.textContent).toBe('2');
    expect(within(panel('deliveries')!).getByText('4 min 11 s')).toBeTruthy();
    expect(within(panel('viewers')!).getByText('Open now').nextSibling?.textContent).toBe('2');
    expect(screen.getByTestId('trails-map').dataset.lines).toBe('2');
    const legend = within(screen.getByRole('list', { name: 'Deliveries on the map' })).getAllByRole('listitem');
    expect(legend.map((li) => [li.dataset.deliveryId, li.dataset.status])).toEqual([
      ['d0000001-aaaa', 'delivered'],
      ['d0000002-bbbb', 'in_transit'],
    ]);

    const [query] = callsTo(fetchMock, '/api/dashboards/deliveries');
    const from = Date.parse(query!.searchParams.get('from')!);
    const to = Date.parse(query!.searchParams.get('to')!);
    expect(to - from).toBe(3_600_000);
    expect(callsTo(fetchMock, '/api/dashboards/trails')[0]?.searchParams.get('limit')).toBe('20');
    expect(callsTo(fetchMock, '/api/dashboards/routes')[0]?.searchParams.get('size')).toBe('20');
  });

  it('shows zero deliveries as explicit empty states, not filled', async () => {
    const none = { ...deliveries, requested: 0, delivered: 0, active: 0, averageDurationSeconds: null, overTime: deliveries.overTime.map((b) => ({ ...b, requested: 0, delivered: 0 })) };
    serve({
      deliveries: () => jsonResponse(none),
      routes: () => jsonResponse({ ...routes, routes: [] }),
      viewers: () => jsonResponse({ ...viewers, openNow: 0, byScope: {}, overTime: [] }),
      trails: () => jsonResponse({ ...trails, trails: [] }),
    });
    render(<DashboardsPage />);
    expect(await screen.findByText('No deliveries in this range.')).toBeTruthy();
    await waitFor(() => expect(filled()).toEqual({ ...mapValues('false'), active: 'true' }));
    expect(panel('active')?.querySelector('[data-active-count]')?.textContent).toBe('0');
    expect(screen.getByText('No delivery trails in this range.')).toBeTruthy();
    expect(screen.getByText('No route was requested in this range.')).toBeTruthy();
  });

  it('keeps the last data with a stale notice when the search engine answers 503', async () => {
    let down = false;
    const unavailable = () => (down ? problemResponse(503, 'Search engine unavailable', 'OpenSearch did not answer within 5 s') : null);
    serve({
      deliveries: () => unavailable() ?? jsonResponse(deliveries),
      routes: () => unavailable() ?? jsonResponse(routes),
      viewers: () => unavailable() ?? jsonResponse(viewers),
      trails: () => unavailable() ?? jsonResponse(trails),
    });
    render(<DashboardsPage />);
    await waitFor(() => expect(filled()).toEqual(ALL_FILLED));

    down = true;
    await userEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toContain('Stale data — search engine unavailable.');
    expect(notice.textContent).toContain('OpenSearch did not answer within 5 s');
    expect(filled()).toEqual(ALL_FILLED);
    expect(panel('active')?.querySelector('[data-active-count]')?.textContent).toBe('3');

    down = false;
    await userEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('says the search engine is unavailable when nothing could be loaded yet', async () => {
    const down = () => problemResponse(503, 'Search engine unavailable', 'connection refused');
    serve({ deliveries: down, routes: down, viewers: down, trails: down });
    render(<DashboardsPage />);
    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toBe('Search engine unavailable. connection refused');
    expect(filled()).toEqual(mapValues('false'));
    expect(within(panel('active')!).getByText('No data could be loaded yet.')).toBeTruthy();
  });

  it('refreshes every 10 s while auto refresh is on, and not when it is off', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const fetchMock = serve();
    render(<DashboardsPage />);
    await waitFor(() => expect(filled()).toEqual(ALL_FILLED));
    expect(callsTo(fetchMock, '/api/dashboards/deliveries')).toHaveLength(1);

    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(callsTo(fetchMock, '/api/dashboards/deliveries')).toHaveLength(2);

    await act(async () => screen.getByRole('checkbox', { name: /Auto refresh/ }).click());
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect(callsTo(fetchMock, '/api/dashboards/deliveries')).toHaveLength(2);
  });

  it('reloads for a newly chosen range and validates a custom one', async () => {
    const fetchMock = serve();
    render(<DashboardsPage />);
    await waitFor(() => expect(callsTo(fetchMock, '/api/dashboards/viewers')).toHaveLength(1));

    await userEvent.click(screen.getByRole('button', { name: 'Last 7 days' }));
    await waitFor(() => expect(callsTo(fetchMock, '/api/dashboards/viewers')).toHaveLength(2));
    const week = callsTo(fetchMock, '/api/dashboards/viewers')[1]!.searchParams;
    expect(Date.parse(week.get('to')!) - Date.parse(week.get('from')!)).toBe(7 * 24 * 3_600_000);

    await userEvent.click(screen.getByRole('button', { name: 'Custom' }));
    const from = screen.getByLabelText('From');
    const to = screen.getByLabelText('To');
    await userEvent.clear(to);
    await userEvent.type(to, '2020-01-01T00:00');
    await userEvent.clear(from);
    await userEvent.type(from, '2020-01-02T00:00');
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The start must be before the end.');
    expect(callsTo(fetchMock, '/api/dashboards/viewers')).toHaveLength(2);

    await userEvent.clear(from);
    await userEvent.type(from, '2019-12-31T12:00');
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(callsTo(fetchMock, '/api/dashboards/viewers')).toHaveLength(3));
    const custom = callsTo(fetchMock, '/api/dashboards/viewers')[2]!.searchParams;
    expect(custom.get('from')).toBe(new Date(2019, 11, 31, 12, 0).toISOString());
    expect(custom.get('to')).toBe(new Date(2020, 0, 1, 0, 0).toISOString());
  });

  it('speaks Brazilian Portuguese, with numbers, durations and intervals in its formats', async () => {
    await i18n.changeLanguage('pt-BR');
    serve({ deliveries: () => jsonResponse({ ...deliveries, requested: 1234, active: 1, averageDurationSeconds: 2 * 3600 + 300 }) });
    render(<DashboardsPage />);
    await waitFor(() => expect(filled()).toEqual(ALL_FILLED));

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Painéis');
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'Ativas agora', 'Entregas', 'Visualizadores abertos', 'Rotas mais pedidas', 'Entregas por rota', 'Trajetos das entregas',
    ]);
    const deliveriesPanel = within(panel('deliveries')!);
    expect(deliveriesPanel.getByText('Solicitadas').nextSibling?.textContent).toBe('1.234');
    expect(deliveriesPanel.getByText('Duração média').nextSibling?.textContent).toBe('2 h 5 min');
    expect(deliveriesPanel.getByText('Intervalos de 5 min.')).toBeTruthy();
    expect(within(panel('active')!).getByText('entrega solicitada ou em trânsito')).toBeTruthy();
    expect(within(panel('viewers')!).getByText('Acompanhando a frota').nextSibling?.textContent).toBe('1');
    const legend = within(screen.getByRole('list', { name: 'Entregas no mapa' }));
    expect(legend.getByText('entregue')).toBeTruthy();
    expect(legend.getByText('em trânsito')).toBeTruthy();
    expect(legend.getAllByText(/· 2 pontos$/)).toHaveLength(2);
    expect(screen.getByRole('navigation', { name: 'Páginas' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Mapa ao vivo' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Últimos 7 dias' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Atualização automática (10 s)' })).toBeTruthy();
    expect(screen.getByText(/^Atualizado em \d{1,2} de /)).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Personalizado' }));
    await userEvent.clear(screen.getByLabelText('De'));
    await userEvent.click(screen.getByRole('button', { name: 'Aplicar' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Informe o início e o fim.');
  });

  it('says in Portuguese that the data is stale when the search engine is down', async () => {
    await i18n.changeLanguage('pt-BR');
    let down = false;
    const unavailable = () => (down ? problemResponse(503, 'Search engine unavailable', 'OpenSearch did not answer within 5 s') : null);
    serve({ deliveries: () => unavailable() ?? jsonResponse(deliveries) });
    render(<DashboardsPage />);
    await waitFor(() => expect(filled()).toEqual(ALL_FILLED));

    down = true;
    await userEvent.click(screen.getByRole('button', { name: 'Atualizar' }));
    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toMatch(/^Dados desatualizados — mecanismo de busca indisponível\. OpenSearch did not answer within 5 s Mostrando os dados de /);
  });

  it('switches language from the header, keeping the data shown', async () => {
    serve();
    render(<DashboardsPage />);
    await waitFor(() => expect(filled()).toEqual(ALL_FILLED));
    expect(within(panel('deliveries')!).getByText('Requested')).toBeTruthy();

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'pt-BR');
    expect(await screen.findByRole('heading', { name: 'Painéis', level: 1 })).toBeTruthy();
    expect(within(panel('deliveries')!).getByText('Solicitadas').nextSibling?.textContent).toBe('12');
    expect(screen.getByRole('combobox', { name: 'Idioma' })).toBeTruthy();
    expect(filled()).toEqual(ALL_FILLED);
  });
});

function mapValues(value: string) {
  return Object.fromEntries(Object.keys(ALL_FILLED).map((key) => [key, value]));
}
