import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { navigate, normalisePath, usePathname } from './navigation';

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
});
