import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '../../../testing/fetch-mock';
import { StartDeliveryButton } from './StartDeliveryButton';

const bodyOf = (init: RequestInit | undefined) => JSON.parse(String(init?.body)) as unknown;

describe('StartDeliveryButton', () => {
  it('is disabled while no route is chosen', () => {
    render(<StartDeliveryButton routeId={null} onStarted={() => {}} onError={() => {}} />);
    expect((screen.getByRole('button', { name: 'Start' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('posts the route and hands over the created delivery', async () => {
    const created = { id: 'd1', routeId: 'fifth-avenue', status: 'requested', requestedAt: 'now' };
    const fetchMock = mockFetch({ 'POST /api/deliveries': () => jsonResponse(created, 201) });
    const onStarted = vi.fn();
    render(<StartDeliveryButton routeId="fifth-avenue" onStarted={onStarted} onError={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Start' }));
    await waitFor(() => expect(onStarted).toHaveBeenCalledWith(created, null));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(bodyOf(fetchMock.mock.calls[0]?.[1])).toEqual({ routeId: 'fifth-avenue' });
  });

  it("asks for a phone-driven delivery and hands over the driver's link", async () => {
    const device = { token: 'tok', driverPath: '/drive/d2#token=tok' };
    const created = { id: 'd2', routeId: 'broadway', status: 'requested', requestedAt: 'now', driver: 'device', device };
    const fetchMock = mockFetch({ 'POST /api/deliveries': () => jsonResponse(created, 201) });
    const onStarted = vi.fn();
    render(<StartDeliveryButton routeId="broadway" driver="device" onStarted={onStarted} onError={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Start' }));
    await waitFor(() => expect(onStarted).toHaveBeenCalledWith(created, device));
    expect(bodyOf(fetchMock.mock.calls[0]?.[1])).toEqual({ routeId: 'broadway', driver: 'device' });
  });

  it('asks for a new driver token when the answer is a replay without one', async () => {
    const replay = { id: 'd3', routeId: 'broadway', status: 'requested', requestedAt: 'now', driver: 'device' };
    const fresh = { token: 'new', driverPath: '/drive/d3#token=new' };
    const fetchMock = mockFetch({
      'POST /api/deliveries': () => jsonResponse(replay, 201),
      'POST /api/deliveries/d3/device-token': () => jsonResponse(fresh),
    });
    const onStarted = vi.fn();
    render(<StartDeliveryButton routeId="broadway" driver="device" onStarted={onStarted} onError={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Start' }));
    await waitFor(() => expect(onStarted).toHaveBeenCalledWith(replay, fresh));
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('reports the problem detail when the start is refused', async () => {
    mockFetch({ 'POST /api/deliveries': () => problemResponse(400, 'Bad Request', 'routeId must not be blank') });
    const onError = vi.fn();
    render(<StartDeliveryButton routeId="x" onStarted={() => {}} onError={onError} />);
    await userEvent.click(screen.getByRole('button', { name: 'Start' }));
    await waitFor(() => expect(onError).toHaveBeenCalledWith('routeId must not be blank'));
  });
});
