import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '../../../testing/fetch-mock';
import { StartDeliveryButton } from './StartDeliveryButton';

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
    await waitFor(() => expect(onStarted).toHaveBeenCalledWith(created));
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('reports the problem detail when the start is refused', async () => {
    mockFetch({ 'POST /api/deliveries': () => problemResponse(400, 'Bad Request', 'routeId must not be blank') });
    const onError = vi.fn();
    render(<StartDeliveryButton routeId="x" onStarted={() => {}} onError={onError} />);
    await userEvent.click(screen.getByRole('button', { name: 'Start' }));
    await waitFor(() => expect(onError).toHaveBeenCalledWith('routeId must not be blank'));
  });
});
