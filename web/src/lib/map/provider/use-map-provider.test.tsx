import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetGoogleMapsLoaderForTests } from './google-maps-loader';
import { useMapProvider } from './use-map-provider';

// The loader is replaced at the module boundary: no script is ever added to the page.
const loader = vi.hoisted(() => ({
  setOptions: vi.fn(),
  importLibrary: vi.fn(),
}));
vi.mock('@googlemaps/js-api-loader', () => loader);

const GOOGLE = { mapProvider: 'google', googleMapsApiKey: 'test-key', googleMapsMapId: 'map-1' };
const libraries = { core: { name: 'core' }, maps: { name: 'maps' }, marker: { name: 'marker' } };

describe('useMapProvider', () => {
  beforeEach(() => {
    resetGoogleMapsLoaderForTests();
    loader.setOptions.mockReset();
    loader.importLibrary.mockReset();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => resetGoogleMapsLoaderForTests());

  it('is pending while the config is unknown, then MapLibre without loading Google for a default config', () => {
    const { result, rerender } = renderHook(({ config }) => useMapProvider(config), {
      initialProps: { config: undefined as object | undefined | null },
    });
    expect(result.current).toEqual({ provider: 'pending' });
    rerender({ config: {} });
    expect(result.current).toEqual({ provider: 'maplibre', fallback: null });
    rerender({ config: null });
    expect(result.current).toEqual({ provider: 'maplibre', fallback: null });
    expect(loader.importLibrary).not.toHaveBeenCalled();
  });

  it('loads Google Maps with the key and map id when configured', async () => {
    loader.importLibrary.mockImplementation(async (name: keyof typeof libraries) => libraries[name]);
    const { result } = renderHook(() => useMapProvider(GOOGLE));
    expect(result.current).toEqual({ provider: 'pending' });
    await waitFor(() => expect(result.current.provider).toBe('google'));
    expect(result.current).toMatchObject({ provider: 'google', api: { ...libraries, mapId: 'map-1' } });
    expect(loader.setOptions).toHaveBeenCalledOnce();
    expect(loader.setOptions).toHaveBeenCalledWith(expect.objectContaining({ key: 'test-key', mapIds: ['map-1'] }));
    expect(loader.importLibrary.mock.calls.map(([name]) => name).sort()).toEqual(['core', 'maps', 'marker']);
  });

  it('falls back to MapLibre when the loader fails', async () => {
    loader.importLibrary.mockRejectedValue(new Error('The Google Maps JavaScript API could not load.'));
    const { result } = renderHook(() => useMapProvider(GOOGLE));
    await waitFor(() => expect(result.current).toEqual({ provider: 'maplibre', fallback: 'load-failed' }));
  });

  it('falls back to MapLibre when Google Maps does not load in time, and stays there if it loads later', async () => {
    vi.useFakeTimers();
    let finishLoading: (value: unknown) => void = () => {};
    loader.importLibrary.mockImplementation(() => new Promise((resolve) => (finishLoading = resolve)));
    const { result } = renderHook(() => useMapProvider(GOOGLE, { timeoutMs: 8_000 }));
    await act(async () => vi.advanceTimersByTime(7_999));
    expect(result.current).toEqual({ provider: 'pending' });
    await act(async () => vi.advanceTimersByTime(1));
    expect(result.current).toEqual({ provider: 'maplibre', fallback: 'timeout' });
    await act(async () => finishLoading({}));
    expect(result.current).toEqual({ provider: 'maplibre', fallback: 'timeout' });
  });

  it('falls back to MapLibre when Google refuses the key, even after the map was drawn', async () => {
    loader.importLibrary.mockImplementation(async (name: keyof typeof libraries) => libraries[name]);
    const { result } = renderHook(() => useMapProvider(GOOGLE));
    await waitFor(() => expect(result.current.provider).toBe('google'));
    act(() => window.gm_authFailure?.());
    expect(result.current).toEqual({ provider: 'maplibre', fallback: 'auth-failed' });

    // A map opened later on the same page does not try again.
    const { result: later } = renderHook(() => useMapProvider(GOOGLE));
    expect(later.current).toEqual({ provider: 'maplibre', fallback: 'auth-failed' });
  });

  it('keeps a gm_authFailure handler the page had before', async () => {
    const earlier = vi.fn();
    window.gm_authFailure = earlier;
    loader.importLibrary.mockImplementation(() => new Promise(() => {}));
    const { result } = renderHook(() => useMapProvider(GOOGLE));
    act(() => window.gm_authFailure?.());
    expect(earlier).toHaveBeenCalledOnce();
    expect(result.current).toEqual({ provider: 'maplibre', fallback: 'auth-failed' });
  });

  it('says why when Google Maps is asked for without a map id, without loading it', () => {
    const { result } = renderHook(() => useMapProvider({ mapProvider: 'google', googleMapsApiKey: 'k' }));
    expect(result.current).toEqual({ provider: 'maplibre', fallback: 'incomplete-config' });
    expect(loader.importLibrary).not.toHaveBeenCalled();
  });
});
