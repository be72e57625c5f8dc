import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch } from '../../../testing/fetch-mock';
import { CustomerLinkControl } from './CustomerLinkControl';

describe('CustomerLinkControl', () => {
  it("asks for a customer's link and shows it whole, to copy", async () => {
    const fetchMock = mockFetch({
      'POST /api/deliveries/d-1/tracking-link': () =>
        jsonResponse({ path: '/track/d-1?access=tok.1.sig', token: 'tok.1.sig', expiresAt: '2026-12-26T10:00:00Z' }, 201),
    });
    render(<CustomerLinkControl deliveryId="d-1" />);

    await userEvent.click(screen.getByRole('button', { name: 'Customer link' }));

    const link = await screen.findByRole('textbox', { name: "Customer's tracking link" });
    expect((link as HTMLInputElement).value).toBe(`${window.location.origin}/track/d-1?access=tok.1.sig`);
    expect(document.querySelector('[data-customer-link="d-1"]')).not.toBeNull();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
