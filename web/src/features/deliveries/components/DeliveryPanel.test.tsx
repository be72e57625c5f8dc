import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../lib/i18n/i18n';
import { SessionProvider } from '../../../lib/session/session-context';
import { UserMenu } from '../../../lib/session/UserMenu';
import { mockFetch, jsonResponse, problemResponse } from '../../../testing/fetch-mock';
import type { ActiveRow, RecentRow } from '../utils/fleet-rows';
import { DeliveryPanel } from './DeliveryPanel';

const active = (i: number): ActiveRow => ({
  deliveryId: `d-${String(i).padStart(5, '0')}`,
  routeId: i % 2 ? 'broadway' : 'fifth',
  routeTitle: i % 2 ? 'Broadway' : 'Fifth Avenue',
  status: 'in_transit',
  seq: i,
  progress: (i % 100) / 100,
  distanceLeftMeters: 1000,
  etaMs: 60_000,
  speedMps: 10,
  sinceMs: i,
  silentSinceMs: null,
  color: '#d62728',
});
const recent = (id: string, durationMs: number | null): RecentRow => ({
  deliveryId: id, routeId: 'broadway', routeTitle: 'Broadway', seq: 99, finishedAtMs: Date.UTC(2026, 0, 1, 12), durationMs, seenMs: 30_000, color: '#1f77b4',
});
const rows = (list: string) => [...document.querySelectorAll<HTMLElement>(`[data-list="${list}"] [data-delivery-id]`)];

describe('DeliveryPanel', () => {
  it('renders only the rows in view of 10,000, each with its test hooks', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => active(i));
    render(<DeliveryPanel active={many} recent={[]} selectedId={null} onSelect={() => {}} scope="fleet" />);
    const shown = rows('active');
    expect(shown.length).toBeGreaterThan(3);
    expect(shown.length).toBeLessThan(40);
    // Newest first: the highest sinceMs.
    expect(shown[0]?.dataset).toMatchObject({ deliveryId: 'd-09999', status: 'in_transit', seq: '9999', progress: '99' });
    expect(document.querySelector('[data-active-count]')?.textContent).toBe('10,000');
  });

  it('filters by route title or id and tells how many match', async () => {
    render(<DeliveryPanel active={[active(1), active(2), active(3)]} recent={[]} selectedId={null} onSelect={() => {}} scope="area" />);
    await userEvent.type(screen.getByRole('searchbox'), 'fifth');
    expect(rows('active').map((r) => r.dataset.deliveryId)).toEqual(['d-00002']);
    expect(document.querySelector('[data-active-count]')?.textContent).toBe('1 of 3');
    expect(screen.getByText('Visible area')).toBeTruthy();
    await userEvent.clear(screen.getByRole('searchbox'));
    await userEvent.type(screen.getByRole('searchbox'), 'nothing-like-it');
    expect(screen.getAllByText('No delivery matches “nothing-like-it”.')).toHaveLength(2);
  });

  it('selects a delivery by its entry', async () => {
    const onSelect = vi.fn();
    render(<DeliveryPanel active={[active(1)]} recent={[]} selectedId={null} onSelect={onSelect} scope="fleet" />);
    await userEvent.click(screen.getByRole('button', { name: 'Broadway' }));
    expect(onSelect).toHaveBeenCalledWith('d-00001');
  });

  it('lists delivered ones with their duration, fetching the record only when the page missed the start', async () => {
    const fetchMock = mockFetch({
      'GET /api/deliveries/late-1': () =>
        jsonResponse({ id: 'late-1', routeId: 'broadway', status: 'delivered', requestedAt: '2026-01-01T11:50:00Z', startedAt: '2026-01-01T11:51:00Z', deliveredAt: '2026-01-01T11:56:00Z' }),
    });
    render(<DeliveryPanel active={[]} recent={[recent('seen-1', 120_000), recent('late-1', null)]} selectedId={null} onSelect={() => {}} scope="fleet" />);
    const [seen, late] = rows('recent');
    expect(seen?.dataset).toMatchObject({ deliveryId: 'seen-1', status: 'delivered', progress: '100', seq: '99' });
    expect(seen?.textContent).toContain('took 2 min');
    expect(late?.textContent).toContain('seen for 30 s');
    expect(await screen.findByText('took 5 min')).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(screen.getByText('No active deliveries.')).toBeTruthy();
  });

  it('cancels an active delivery after confirming, then says "Cancelling…" and keeps the row until the feed removes it', async () => {
    const fetchMock = mockFetch({ 'POST /api/deliveries/d-00001/cancel': () => jsonResponse({ id: 'd-00001', status: 'cancelled' }) });
    const onSelect = vi.fn();
    render(<DeliveryPanel active={[active(1)]} recent={[]} selectedId={null} onSelect={onSelect} scope="fleet" />);
    const row = rows('active')[0]!;
    await userEvent.click(row.querySelector<HTMLButtonElement>('[data-action="cancel"]')!);
    expect(fetchMock).not.toHaveBeenCalled();
    await userEvent.click(row.querySelector<HTMLButtonElement>('[data-action="confirm-cancel"]')!);
    expect(fetchMock).toHaveBeenCalledWith(expect.stringMatching(/\/api\/deliveries\/d-00001\/cancel$/), expect.objectContaining({ method: 'POST' }));
    await waitFor(() => expect(rows('active')[0]?.querySelector('[data-action="cancel"]')?.textContent).toBe('Cancelling…'));
    expect(rows('active').map((r) => r.dataset.deliveryId)).toEqual(['d-00001']);
    expect(onSelect).not.toHaveBeenCalled(); // the clicks stay in the control
  });

  it('offers a viewer no Cancel', async () => {
    mockFetch({ 'GET /api/session': () => jsonResponse({ mode: 'signed-in', singleSignOn: false, user: { name: 'vic', roles: ['viewer'] } }) });
    render(
      <SessionProvider>
        <UserMenu />
        <DeliveryPanel active={[active(1)]} recent={[]} selectedId={null} onSelect={() => {}} scope="fleet" />
      </SessionProvider>,
    );
    expect((await screen.findByTestId('user-menu')).textContent).toContain('vic');
    expect(rows('active')[0]?.querySelector('[data-action="cancel"]')).toBeNull();
    expect(rows('active').map((r) => r.dataset.deliveryId)).toEqual(['d-00001']);
  });

  it('shows why a cancellation was refused (409)', async () => {
    mockFetch({ 'POST /api/deliveries/d-00001/cancel': () => problemResponse(409, 'Conflict', 'Delivery d-00001 was already delivered') });
    render(<DeliveryPanel active={[active(1)]} recent={[]} selectedId={null} onSelect={() => {}} scope="fleet" />);
    await userEvent.click(rows('active')[0]!.querySelector<HTMLButtonElement>('[data-action="cancel"]')!);
    await userEvent.click(screen.getByRole('button', { name: 'Yes, cancel' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Delivery d-00001 was not cancelled: Delivery d-00001 was already delivered');
    expect(rows('active')[0]?.querySelector('[data-action="cancel"]')?.textContent).toBe('Cancel');
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a vehicle silent for over 30 s as "silent since HH:MM" instead of its ETA, in both languages', async () => {
    const quiet = { ...active(1), silentSinceMs: Date.UTC(2026, 0, 1, 12, 5) };
    const { rerender } = render(<DeliveryPanel active={[quiet, active(2)]} recent={[]} selectedId={null} onSelect={() => {}} scope="fleet" />);
    const byId = (id: string) => rows('active').find((r) => r.dataset.deliveryId === id)!;
    expect(byId('d-00001').dataset.silent).toBe('true');
    expect(byId('d-00001').textContent).toMatch(/silent since \d{1,2}:\d{2}/);
    expect(byId('d-00001').textContent).not.toContain('ETA');
    expect(byId('d-00002').dataset.silent).toBeUndefined();
    await act(() => i18n.changeLanguage('pt-BR'));
    rerender(<DeliveryPanel active={[quiet]} recent={[]} selectedId={null} onSelect={() => {}} scope="fleet" />);
    expect(byId('d-00001').textContent).toMatch(/sem sinal desde \d{1,2}:\d{2}/);
  });

  it('speaks Brazilian Portuguese', async () => {
    await act(() => i18n.changeLanguage('pt-BR'));
    render(<DeliveryPanel active={[active(1)]} recent={[recent('seen-1', 120_000)]} selectedId={null} onSelect={() => {}} scope="fleet" />);
    expect(screen.getByRole('heading', { name: /Entregas ativas/ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: /Entregues recentemente/ })).toBeTruthy();
    expect(screen.getByPlaceholderText('Buscar por rota ou id')).toBeTruthy();
    expect(rows('active')[0]?.textContent).toContain('Em trânsito');
    expect(rows('active')[0]?.textContent).toContain('chega em 1 min');
    expect(rows('recent')[0]?.textContent).toContain('levou 2 min');
  });
});
