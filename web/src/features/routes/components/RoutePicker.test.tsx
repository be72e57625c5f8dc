import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { RoutePicker } from './RoutePicker';

describe('RoutePicker', () => {
  it('is disabled with a placeholder until routes are loaded', () => {
    render(<RoutePicker routes={[]} value={null} onChange={() => {}} />);
    const select = screen.getByRole('combobox', { name: 'Route' }) as HTMLSelectElement;
    expect(select.disabled).toBe(true);
    expect(select.options[0]?.textContent).toBe('Loading routes…');
  });

  it('reports the chosen route id', async () => {
    const onChange = vi.fn();
    render(<RoutePicker routes={[{ id: 'a', title: 'Route A' }, { id: 'b', title: 'Route B' }]} value="a" onChange={onChange} />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Route' }), 'Route B');
    expect(onChange).toHaveBeenCalledWith('b');
  });
});
