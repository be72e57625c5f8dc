import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { i18n } from '../lib/i18n/i18n';
import { jsonResponse, mockFetch } from '../testing/fetch-mock';
import type { Route } from '../types/api';
import { ControlPanel } from './ControlPanel';

const routes = [{ id: 'broadway', title: 'Broadway' }] as Route[];
const device = { token: 'tok', driverPath: '/drive/d9#token=tok' };
const created = { id: 'd9', routeId: 'broadway', status: 'requested', requestedAt: '2026-11-26T14:00:00Z', driver: 'device', device };

function panel(onStarted = vi.fn()) {
  return (
    <ControlPanel
      routes={routes}
      routeId="broadway"
      onRouteChange={() => {}}
      onStarted={onStarted}
      onError={() => {}}
      notice={null}
      onDismissNotice={() => {}}
      connection="open"
    >
      <div />
    </ControlPanel>
  );
}

describe('ControlPanel: who drives the delivery', () => {
  it("starts a delivery driven by the driver's phone and shows the driver's link to copy", async () => {
    const fetchMock = mockFetch({ 'POST /api/deliveries': () => jsonResponse(created, 201) });
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const onStarted = vi.fn();
    render(panel(onStarted));
    expect((screen.getByRole('radio', { name: 'Simulated vehicle' }) as HTMLInputElement).checked).toBe(true);
    await userEvent.click(screen.getByRole('radio', { name: "Driver's phone" }));
    await userEvent.click(screen.getByRole('button', { name: 'Start' }));
    await waitFor(() => expect(onStarted).toHaveBeenCalledWith(created));
    expect(JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body))).toEqual({ routeId: 'broadway', driver: 'device' });

    const link = `${window.location.origin}/drive/d9#token=tok`;
    const box = document.querySelector<HTMLElement>('[data-driver-link="d9"]')!;
    expect(box.querySelector('input')?.value).toBe(link);
    expect(box.textContent).toContain('it is the key that lets their phone drive this delivery');
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(link);
    expect(screen.getByRole('status').textContent).toBe('Link copied');
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(document.querySelector('[data-driver-link]')).toBeNull();
  });

  it('shows no link for a simulated delivery', async () => {
    const fetchMock = mockFetch({ 'POST /api/deliveries': () => jsonResponse({ ...created, driver: 'simulator', device: undefined }, 201) });
    const onStarted = vi.fn();
    render(panel(onStarted));
    await userEvent.click(screen.getByRole('button', { name: 'Start' }));
    await waitFor(() => expect(onStarted).toHaveBeenCalled());
    expect(JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body))).toEqual({ routeId: 'broadway' });
    expect(document.querySelector('[data-driver-link]')).toBeNull();
  });

  it("offers a customer's link for the delivery just started", async () => {
    const fetchMock = mockFetch({
      'POST /api/deliveries': () => jsonResponse({ ...created, driver: 'simulator', device: undefined }, 201),
      'POST /api/deliveries/d9/tracking-link': () =>
        jsonResponse({ path: '/track/d9?access=tok.9.sig', token: 'tok.9.sig', expiresAt: '2026-12-26T10:00:00Z' }, 201),
    });
    render(panel());
    await userEvent.click(screen.getByRole('button', { name: 'Start' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Customer link' }));
    const link = await screen.findByRole('textbox', { name: "Customer's tracking link" });
    expect((link as HTMLInputElement).value).toBe(`${window.location.origin}/track/d9?access=tok.9.sig`);
    expect(document.querySelector('[data-started-delivery="d9"] [data-customer-link="d9"]')).not.toBeNull();
    expect(fetchMock.mock.calls.map(([url, init]) => `${init?.method} ${new URL(String(url), 'http://localhost').pathname}`))
      .toEqual(['POST /api/deliveries', 'POST /api/deliveries/d9/tracking-link']);
  });

  it('speaks Brazilian Portuguese', async () => {
    await act(() => i18n.changeLanguage('pt-BR'));
    mockFetch({ 'POST /api/deliveries': () => jsonResponse(created, 201) });
    render(panel());
    await userEvent.click(screen.getByRole('radio', { name: 'Celular do motorista' }));
    expect(screen.getByRole('radio', { name: 'Veículo simulado' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Iniciar' }));
    const box = await screen.findByRole('group', { name: 'Link do motorista' });
    expect(box.textContent).toContain('é a chave que permite ao celular dele conduzir esta entrega');
    expect(screen.getByRole('button', { name: 'Copiar link' })).toBeTruthy();
  });
});
