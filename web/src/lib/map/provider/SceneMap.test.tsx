import { act, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch } from '../../../testing/fetch-mock';
import { i18n } from '../../i18n/i18n';
import { fakeGoogleMaps } from '../google/fake-google-maps';
import { EMPTY_SCENE, type SceneMapProps } from '../map-scene';
import { resetGoogleMapsLoaderForTests } from './google-maps-loader';
import { SceneMap } from './SceneMap';

const loader = vi.hoisted(() => ({ setOptions: vi.fn(), importLibrary: vi.fn() }));
vi.mock('@googlemaps/js-api-loader', () => loader);

/** The MapLibre renderer is injected; this one only says it was chosen. */
const FakeMapLibre = (props: SceneMapProps) => <div data-testid="maplibre" data-camera={props.camera} />;
const GOOGLE = { mapProvider: 'google', googleMapsApiKey: 'test-key', googleMapsMapId: 'map-1' };

function renderMap(config?: object | null, timeoutMs?: number) {
  return render(
    <SceneMap maplibre={FakeMapLibre} config={config} googleTimeoutMs={timeoutMs} scene={EMPTY_SCENE} camera="all" onSelect={() => {}} />,
  );
}

describe('SceneMap', () => {
  beforeEach(() => {
    resetGoogleMapsLoaderForTests();
    loader.setOptions.mockReset();
    loader.importLibrary.mockReset();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it('draws MapLibre, with no notice, by default', () => {
    renderMap({});
    expect(screen.getByTestId('maplibre')).toBeTruthy();
    expect(screen.queryByText(/Google Maps/)).toBeNull();
  });

  it('reads the provider from /api/config when not given one', async () => {
    mockFetch({ 'GET /api/config': () => jsonResponse({ mapStyleUrl: null }) });
    const { container } = renderMap();
    expect(container.querySelector('[data-map-provider]')?.getAttribute('data-map-provider')).toBe('pending');
    expect(await screen.findByTestId('maplibre')).toBeTruthy();
  });

  it('says so and draws MapLibre when Google Maps cannot be loaded', async () => {
    loader.importLibrary.mockRejectedValue(new Error('The Google Maps JavaScript API could not load.'));
    const { container } = renderMap(GOOGLE);
    expect(await screen.findByText('Google Maps could not be loaded; showing OpenStreetMap instead.')).toBeTruthy();
    expect(screen.getByTestId('maplibre')).toBeTruthy();
    expect(container.querySelector('[data-map-fallback]')?.getAttribute('data-map-fallback')).toBe('load-failed');
  });

  it('says so in Portuguese', async () => {
    await act(() => i18n.changeLanguage('pt-BR'));
    loader.importLibrary.mockRejectedValue(new Error('blocked'));
    renderMap(GOOGLE);
    expect(await screen.findByText('Não foi possível carregar o Google Maps; mostrando o OpenStreetMap.')).toBeTruthy();
  });

  it('says so when Google Maps takes too long', async () => {
    loader.importLibrary.mockImplementation(() => new Promise(() => {}));
    const { container } = renderMap(GOOGLE, 30);
    await waitFor(() => expect(container.querySelector('[data-map-fallback]')?.getAttribute('data-map-fallback')).toBe('timeout'));
    expect(screen.getByTestId('maplibre')).toBeTruthy();
  });

  it('draws Google Maps when it loads, and MapLibre with the notice when Google refuses the key', async () => {
    const { api } = fakeGoogleMaps();
    loader.importLibrary.mockImplementation(async (name: 'core' | 'maps' | 'marker') => api[name]);
    const { container } = renderMap(GOOGLE);
    await waitFor(() => expect(container.querySelector('[data-map-renderer="google"]')).toBeTruthy());
    expect(screen.queryByTestId('maplibre')).toBeNull();
    act(() => window.gm_authFailure?.());
    expect(screen.getByTestId('maplibre')).toBeTruthy();
    expect(container.querySelector('[data-map-renderer="google"]')).toBeNull();
    expect(screen.getByText('Google Maps could not be loaded; showing OpenStreetMap instead.')).toBeTruthy();
  });
});
