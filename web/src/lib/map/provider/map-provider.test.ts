import { describe, expect, it } from 'vitest';
import { chooseProvider, readProviderConfig } from './map-provider';

describe('chooseProvider', () => {
  it('uses MapLibre when the config says nothing of providers (an older backend)', () => {
    expect(chooseProvider(readProviderConfig({ mapStyleUrl: null }))).toEqual({ provider: 'maplibre', fallback: null });
    expect(chooseProvider(readProviderConfig(null))).toEqual({ provider: 'maplibre', fallback: null });
  });

  it('uses MapLibre when asked for it, even with a Google key configured', () => {
    const config = readProviderConfig({ mapProvider: 'maplibre', googleMapsApiKey: 'k', googleMapsMapId: 'm' });
    expect(chooseProvider(config)).toEqual({ provider: 'maplibre', fallback: null });
  });

  it('uses Google Maps when asked for with a key and a map id', () => {
    const config = readProviderConfig({ mapProvider: 'google', googleMapsApiKey: ' key ', googleMapsMapId: 'map' });
    expect(chooseProvider(config)).toEqual({ provider: 'google', apiKey: 'key', mapId: 'map' });
  });

  it('falls back to MapLibre, saying why, when Google Maps is asked for without a key or a map id', () => {
    for (const config of [
      { mapProvider: 'google', googleMapsApiKey: null, googleMapsMapId: 'map' },
      { mapProvider: 'google', googleMapsApiKey: '  ', googleMapsMapId: 'map' },
      { mapProvider: 'google', googleMapsApiKey: 'key' },
    ]) {
      expect(chooseProvider(readProviderConfig(config))).toEqual({ provider: 'maplibre', fallback: 'incomplete-config' });
    }
  });

  it('reads fields of the wrong type as absent', () => {
    expect(readProviderConfig({ mapProvider: 7, googleMapsApiKey: {}, googleMapsMapId: ['x'] })).toEqual({
      mapProvider: null,
      googleMapsApiKey: null,
      googleMapsMapId: null,
    });
  });
});
