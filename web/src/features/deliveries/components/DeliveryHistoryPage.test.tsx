import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n/i18n';
import { SessionProvider } from '../../../lib/session/session-context';
import { jsonResponse, mockFetch, problemResponse } from '../../../testing/fetch-mock';
import type { DeliveryRecord, RecordStatus } from '../api/delivery-record';
import { DeliveryHistoryPage } from './DeliveryHistoryPage';

const record = (id: string, status: RecordStatus, extra: Partial<DeliveryRecord> = {}): DeliveryRecord => ({
  id,
  routeId: 'broadway',
  routeTitle: 'Broadway',
  driver: 'simulator',
  status,
  requestedAt: '2026-11-26T10:00:00Z',
  startedAt: status === 'requested' ? null : '2026-11-26T10:00:05Z',
  deliveredAt: status === 'delivered' ? '2026-11-26T10:04:10Z' : null,
  cancelledAt: status === 'cancelled' ? '2026-11-26T10:02:00Z' : null,
  distanceMeters: status === 'delivered' ? 4450 : 1234.5,
  drivenMeters: status === 'delivered' ? 4450 : status === 'cancelled' ? 612 : null,
  durationSeconds: status === 'delivered' ? 245 : null,
  ...extra,
});

const routes = [
  { id: 'broadway', title: 'Broadway', archived: false },
  { id: 'old-pier', title: 'Old Pier', archived: true },
];

/**
 * A backend holding `records`: lists them (status and route filters, pages), cancels them and
 * issues new driver links (`deviceToken`, else a link for device deliveries not yet ended).
 */
function serve(records: DeliveryRecord[], cancel?: (id: string) => Response, deviceToken?: (id: string) => Response | Promise<Response>) {
  const routes_ = routes;
  const handlers: Parameters<typeof mockFetch>[0] = {
    'GET /api/routes': () => jsonResponse(routes_),
    'GET /api/deliveries': (_init, url) => {
      const statuses = url.searchParams.getAll('status');
      const routeId = url.searchParams.get('routeId');
      const page = Number(url.searchParams.get('page') ?? 0);
      const size = Number(url.searchParams.get('size') ?? 20);
      const matching = records.filter((r) => (statuses.length === 0 || statuses.includes(r.status)) && (!routeId || r.routeId === routeId));
      return jsonResponse({ items: matching.slice(page * size, (page + 1) * size), page, size, total: matching.length });
    },
  };
  for (const r of records) {
    handlers[`POST /api/deliveries/${r.id}/cancel`] = () => {
      if (cancel) return cancel(r.id);
      if (r.status === 'delivered') return problemResponse(409, 'Conflict', `Delivery ${r.id} was already delivered`);
      Object.assign(r, { status: 'cancelled', cancelledAt: '2026-11-26T10:03:00Z' });
      return jsonResponse(r);
    };
    handlers[`POST /api/deliveries/${r.id}/device-token`] = () => {
      if (deviceToken) return deviceToken(r.id);
      if (r.driver !== 'device' || r.status === 'delivered' || r.status === 'cancelled') return problemResponse(409, 'Conflict', `Delivery ${r.id} takes no driver link`);
      return jsonResponse({ token: 'fresh', driverPath: `/drive/${r.id}#token=fresh` });
    };
  }
  return mockFetch(handlers);
}

const rowOf = (id: string) => document.querySelector<HTMLElement>(`[data-testid="delivery-history"] tr[data-delivery-id="${id}"]`);
const rowIds = () => [...document.querySelectorAll<HTMLElement>('[data-testid="delivery-history"] tr[data-delivery-id]')].map((r) => r.dataset.deliveryId);
const posts = (fetchMock: ReturnType<typeof mockFetch>) =>
  fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST').map(([url]) => new URL(String(url), 'http://localhost').pathname);
const newLinkButton = (id: string) => rowOf(id)!.querySelector<HTMLButtonElement>('[data-action="new-driver-link"]');
const deliveriesAsked = (fetchMock: ReturnType<typeof mockFetch>) =>
  fetchMock.mock.calls.map(([url]) => new URL(String(url), 'http://localhost')).filter((url) => url.pathname === '/api/deliveries');

function renderPage(search = '') {
  window.history.replaceState(null, '', `/deliveries${search}`);
  return render(<DeliveryHistoryPage trackingPath={(id) => `/track/${id}`} />);
}

describe('DeliveryHistoryPage', () => {
  beforeEach(() => window.history.replaceState(null, '', '/'));

  it('shows each delivery as a row: route, status, times, duration, distance, linked to its tracking page', async () => {
    serve([record('d-1', 'delivered'), record('d-2', 'cancelled'), record('d-3', 'in_transit')]);
    renderPage();
    await waitFor(() => expect(rowIds()).toEqual(['d-1', 'd-2', 'd-3']));
    const delivered = rowOf('d-1')!;
    expect(delivered.dataset.status).toBe('delivered');
    const cells = within(delivered).getAllByRole('cell').map((c) => c.textContent);
    expect(cells.slice(0, 2)).toEqual(['Broadway', 'Delivered']);
    expect(cells[4]).toMatch(/2026/);
    expect(cells.slice(5, 7)).toEqual(['4 min', '4.5 km']);
    expect(within(delivered).getByRole('link', { name: 'Broadway' }).getAttribute('href')).toBe('/track/d-1');
    expect(within(rowOf('d-2')!).getAllByRole('cell').map((c) => c.textContent).slice(1, 7)).toEqual([
      'Cancelled', expect.stringMatching(/2026/), expect.stringMatching(/2026/), expect.stringMatching(/2026/), '—', '0.6 km of 1.2 km',
    ]);
    // Only deliveries not yet ended can be cancelled.
    expect(rowOf('d-1')!.querySelector('[data-action="cancel"]')).toBeNull();
    expect(rowOf('d-2')!.querySelector('[data-action="cancel"]')).toBeNull();
    expect(rowOf('d-3')!.querySelector('[data-action="cancel"]')).not.toBeNull();
    expect(screen.getByText(/Page 1 of 1/).textContent).toContain('3 deliveries');
  });

  it('takes its filters from the link, and puts every change back into it', async () => {
    const records = [record('d-1', 'cancelled'), record('d-2', 'in_transit'), record('d-3', 'cancelled', { routeId: 'old-pier', routeTitle: 'Old Pier' })];
    const fetchMock = serve(records);
    renderPage('?status=cancelled');
    await waitFor(() => expect(rowIds()).toEqual(['d-1', 'd-3']));
    expect((screen.getByRole('checkbox', { name: 'Cancelled' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'In transit' }) as HTMLInputElement).checked).toBe(false);

    const routeSelect = screen.getByRole('combobox', { name: 'Route' });
    await screen.findByRole('option', { name: 'Old Pier (archived)' });
    await userEvent.selectOptions(routeSelect, 'old-pier');
    expect(window.location.search).toBe('?status=cancelled&routeId=old-pier');
    await waitFor(() => expect(rowIds()).toEqual(['d-3']));

    await userEvent.click(screen.getByRole('checkbox', { name: 'In transit' }));
    expect(window.location.search).toBe('?status=in_transit&status=cancelled&routeId=old-pier');
    expect(deliveriesAsked(fetchMock).at(-1)?.search).toBe('?status=in_transit&status=cancelled&routeId=old-pier');

    const from = screen.getByLabelText('Requested from');
    await userEvent.type(from, '2026-11-26T10:30');
    const instant = new Date(2026, 10, 26, 10, 30).toISOString().replace('.000Z', 'Z');
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('from')).toBe(instant));

    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(window.location.search).toBe('');
    await waitFor(() => expect(rowIds()).toEqual(['d-1', 'd-2', 'd-3']));
  });

  it('pages through with previous and next, the page in the link', async () => {
    const records = Array.from({ length: 25 }, (_, i) => record(`d-${String(i).padStart(2, '0')}`, 'delivered'));
    serve(records);
    renderPage('?size=10');
    await waitFor(() => expect(rowIds()).toHaveLength(10));
    expect(screen.getByText(/Page 1 of 3/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Previous' }) as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(window.location.search).toBe('?page=2&size=10');
    await waitFor(() => expect(rowIds()).toEqual(['d-20', 'd-21', 'd-22', 'd-23', 'd-24']));
    expect(screen.getByText(/Page 3 of 3/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Next' }) as HTMLButtonElement).disabled).toBe(true);

    act(() => {
      window.history.back();
    });
    await waitFor(() => expect(screen.getByText(/Page 2 of 3/)).toBeTruthy());
  });

  it("offers a viewer no action: no Cancel, no driver's or customer's link", async () => {
    const records = [record('d-live', 'in_transit', { driver: 'device' }), record('d-done', 'delivered')];
    mockFetch({
      'GET /api/session': () => jsonResponse({ mode: 'signed-in', singleSignOn: false, user: { name: 'vic', roles: ['viewer'] } }),
      'GET /api/routes': () => jsonResponse(routes),
      'GET /api/deliveries': () => jsonResponse({ items: records, page: 0, size: 20, total: records.length }),
    });
    window.history.replaceState(null, '', '/deliveries');
    render(
      <SessionProvider>
        <DeliveryHistoryPage trackingPath={(id) => `/track/${id}`} />
      </SessionProvider>,
    );
    expect((await screen.findByTestId('user-menu')).textContent).toContain('vic');
    await waitFor(() => expect(rowIds()).toEqual(['d-live', 'd-done']));
    expect(document.querySelectorAll('[data-testid="delivery-history"] [data-action]')).toHaveLength(0);
  });

  it('cancels a delivery after confirming, and shows the row as the server answered it', async () => {
    const fetchMock = serve([record('d-1', 'in_transit')]);
    renderPage();
    const cancel = await waitFor(() => rowOf('d-1')!.querySelector<HTMLButtonElement>('[data-action="cancel"]')!);
    await userEvent.click(cancel);
    // Nothing is sent before the user confirms; "Keep" backs out.
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);
    await userEvent.click(within(rowOf('d-1')!).getByRole('button', { name: 'Keep' }));
    await userEvent.click(rowOf('d-1')!.querySelector<HTMLButtonElement>('[data-action="cancel"]')!);
    await userEvent.click(within(rowOf('d-1')!).getByRole('button', { name: 'Yes, cancel' }));

    await waitFor(() => expect(rowOf('d-1')!.dataset.status).toBe('cancelled'));
    expect(within(rowOf('d-1')!).getByText('Cancelled')).toBeTruthy();
    expect(rowOf('d-1')!.querySelector('[data-action="cancel"]')).toBeNull();
    expect(fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST')).toHaveLength(1);
  });

  it('shows why the server refused a cancellation (409)', async () => {
    serve([record('d-1', 'in_transit')], () => problemResponse(409, 'Conflict', 'Delivery d-1 was already delivered'));
    renderPage();
    await userEvent.click(await waitFor(() => rowOf('d-1')!.querySelector<HTMLButtonElement>('[data-action="cancel"]')!));
    await userEvent.click(within(rowOf('d-1')!).getByRole('button', { name: 'Yes, cancel' }));
    expect((await within(rowOf('d-1')!).findByRole('alert')).textContent).toBe('Delivery d-1 was already delivered');
    expect(rowOf('d-1')!.dataset.status).toBe('in_transit');
  });

  it('marks what drives each delivery: the driver\'s phone or the simulated vehicle', async () => {
    serve([record('d-1', 'in_transit', { driver: 'device' }), record('d-2', 'delivered')]);
    renderPage();
    await waitFor(() => expect(rowIds()).toEqual(['d-1', 'd-2']));
    expect(within(rowOf('d-1')!).getByRole('img', { name: "Driver's phone" })).toBeTruthy();
    expect(within(rowOf('d-2')!).getByRole('img', { name: 'Simulated vehicle' })).toBeTruthy();
    expect(rowOf('d-1')!.dataset.driver).toBe('device');
    // The mark adds no text to the route cell.
    expect(within(rowOf('d-1')!).getAllByRole('cell')[0]!.textContent).toBe('Broadway');
  });

  it('offers a new driver link only for device deliveries not yet ended', async () => {
    serve([
      record('d-1', 'requested', { driver: 'device' }),
      record('d-2', 'in_transit', { driver: 'device' }),
      record('d-3', 'delivered', { driver: 'device' }),
      record('d-4', 'cancelled', { driver: 'device' }),
      record('d-5', 'in_transit'),
    ]);
    renderPage();
    await waitFor(() => expect(rowIds()).toHaveLength(5));
    expect(['d-1', 'd-2', 'd-3', 'd-4', 'd-5'].map((id) => newLinkButton(id) !== null)).toEqual([true, true, false, false, false]);
    // Beside the cancel control.
    expect(rowOf('d-2')!.querySelector('[data-action="cancel"]')).not.toBeNull();
  });

  it('issues a new driver link after confirming that the current one stops working, and shows it', async () => {
    const fetchMock = serve([record('d-1', 'in_transit', { driver: 'device' })]);
    renderPage();
    await userEvent.click(await waitFor(() => newLinkButton('d-1')!));
    // Nothing is sent before the user confirms; "Keep current link" backs out.
    expect(within(rowOf('d-1')!).getByText('The current link will stop working. Issue a new one?')).toBeTruthy();
    expect(posts(fetchMock)).toEqual([]);
    await userEvent.click(within(rowOf('d-1')!).getByRole('button', { name: 'Keep current link' }));
    expect(within(rowOf('d-1')!).queryByText(/stop working/)).toBeNull();
    await userEvent.click(newLinkButton('d-1')!);
    await userEvent.click(within(rowOf('d-1')!).getByRole('button', { name: 'Yes, issue it' }));

    const box = await waitFor(() => document.querySelector<HTMLElement>('[data-driver-link="d-1"]')!);
    expect(within(box).getByRole<HTMLInputElement>('textbox', { name: 'Driver link' }).value).toBe(`${window.location.origin}/drive/d-1#token=fresh`);
    expect(posts(fetchMock)).toEqual(['/api/deliveries/d-1/device-token']);
    // The box is not a delivery row of its own, and goes when dismissed.
    expect(rowIds()).toEqual(['d-1']);
    await userEvent.click(within(box).getByRole('button', { name: 'Dismiss' }));
    expect(document.querySelector('[data-driver-link]')).toBeNull();
  });

  it('shows in the row why no new driver link was issued (409: the delivery ended meanwhile)', async () => {
    serve([record('d-1', 'in_transit', { driver: 'device' })], undefined, () => problemResponse(409, 'Conflict', 'Delivery d-1 has ended'));
    renderPage();
    await userEvent.click(await waitFor(() => newLinkButton('d-1')!));
    await userEvent.click(within(rowOf('d-1')!).getByRole('button', { name: 'Yes, issue it' }));
    expect((await within(rowOf('d-1')!).findByRole('alert')).textContent).toBe('Delivery d-1 has ended');
    expect(document.querySelector('[data-driver-link]')).toBeNull();
    expect(newLinkButton('d-1')!.disabled).toBe(false);
  });

  it('says so in the row when the server cannot be reached for a new driver link', async () => {
    serve([record('d-1', 'requested', { driver: 'device' })], undefined, () => Promise.reject(new TypeError('Failed to fetch')));
    renderPage();
    await userEvent.click(await waitFor(() => newLinkButton('d-1')!));
    await userEvent.click(within(rowOf('d-1')!).getByRole('button', { name: 'Yes, issue it' }));
    expect((await within(rowOf('d-1')!).findByRole('alert')).textContent).toMatch(/Cannot reach the server/);
  });

  it('shows the detail of a refused query, and tries again on demand', async () => {
    let refuse = true;
    mockFetch({
      'GET /api/routes': () => jsonResponse(routes),
      'GET /api/deliveries': () =>
        refuse ? problemResponse(400, 'Bad Request', 'size must be between 1 and 100') : jsonResponse({ items: [record('d-1', 'requested')], page: 0, size: 20, total: 1 }),
    });
    renderPage();
    expect((await screen.findByRole('alert')).textContent).toContain('Could not load the deliveries: size must be between 1 and 100');
    refuse = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(rowIds()).toEqual(['d-1']));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('speaks Brazilian Portuguese', async () => {
    await act(() => i18n.changeLanguage('pt-BR'));
    serve([record('d-1', 'cancelled'), record('d-2', 'in_transit', { driver: 'device' })]);
    renderPage();
    expect(screen.getByRole('heading', { name: 'Histórico de entregas' })).toBeTruthy();
    await waitFor(() => expect(rowOf('d-1')?.textContent).toContain('Cancelada'));
    expect(screen.getByText(/Página 1 de 1/).textContent).toContain('2 entregas');
    expect(within(rowOf('d-1')!).getByRole('img', { name: 'Veículo simulado' })).toBeTruthy();
    expect(within(rowOf('d-2')!).getByRole('img', { name: 'Celular do motorista' })).toBeTruthy();
    await userEvent.click(within(rowOf('d-2')!).getByRole('button', { name: 'Novo link do motorista' }));
    expect(within(rowOf('d-2')!).getByText('O link atual deixará de funcionar. Emitir um novo?')).toBeTruthy();
    await userEvent.click(within(rowOf('d-2')!).getByRole('button', { name: 'Sim, emitir' }));
    expect(await screen.findByRole('group', { name: 'Link do motorista' })).toBeTruthy();
  });
});
