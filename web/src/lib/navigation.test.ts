import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { navigate, normalisePath, usePathname, useSearch } from './navigation';

describe('navigation', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('normalises trailing slashes', () => {
    expect(normalisePath('/dashboards/')).toBe('/dashboards');
    expect(normalisePath('/')).toBe('/');
    expect(normalisePath('')).toBe('/');
  });

  it('follows pushState navigation and the back button', () => {
    const { result } = renderHook(() => usePathname());
    expect(result.current).toBe('/');
    act(() => navigate('/dashboards'));
    expect(result.current).toBe('/dashboards');
    expect(window.location.pathname).toBe('/dashboards');

    act(() => {
      window.history.replaceState(null, '', '/');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(result.current).toBe('/');
  });

  it('adds no history entry for the page already shown', () => {
    navigate('/dashboards');
    const length = window.history.length;
    navigate('/dashboards/');
    expect(window.history.length).toBe(length);
  });

  it('replaces the current entry when asked to', () => {
    navigate('/drive');
    const length = window.history.length;
    const { result } = renderHook(() => usePathname());
    act(() => navigate('/drive/d1', { replace: true }));
    expect(result.current).toBe('/drive/d1');
    expect(window.history.length).toBe(length);
  });

  it('follows the query string, and counts a new one as a new page', () => {
    navigate('/deliveries');
    const { result } = renderHook(() => useSearch());
    expect(result.current).toBe('');
    const length = window.history.length;
    act(() => navigate('/deliveries?status=cancelled'));
    expect(result.current).toBe('?status=cancelled');
    expect(window.history.length).toBe(length + 1);
    navigate('/deliveries?status=cancelled');
    expect(window.history.length).toBe(length + 1);
  });
});
