/**
 * Which map library draws the maps: MapLibre over OpenStreetMap (the default, needs no key) or
 * Google Maps (optional, switched on by `GET /api/config` with an API key and a map id).
 */
export type MapProviderName = 'maplibre' | 'google';

/** The fields of `GET /api/config` that choose the provider; absent fields read as MapLibre. */
export interface MapProviderConfig {
  mapProvider?: string | null;
  googleMapsApiKey?: string | null;
  googleMapsMapId?: string | null;
}

/** Why the page shows MapLibre although Google Maps was configured. */
export type MapFallbackReason =
  /** `mapProvider` is `google` but no API key (or no map id, which Advanced Markers need) is set. */
  | 'incomplete-config'
  /** The Maps JavaScript API could not be loaded (network, blocked script). */
  | 'load-failed'
  /** It did not load within the timeout. */
  | 'timeout'
  /** Google refused the key (`gm_authFailure`). */
  | 'auth-failed';

export type ProviderChoice =
  | { provider: 'maplibre'; fallback: MapFallbackReason | null }
  | { provider: 'google'; apiKey: string; mapId: string };

/** Reads the provider fields of `/api/config` (any other shape reads as MapLibre). */
export function readProviderConfig(config: unknown): MapProviderConfig {
  if (typeof config !== 'object' || config === null) return {};
  const { mapProvider, googleMapsApiKey, googleMapsMapId } = config as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);
  return { mapProvider: text(mapProvider), googleMapsApiKey: text(googleMapsApiKey), googleMapsMapId: text(googleMapsMapId) };
}

/** Google Maps only when asked for with a key and a map id; MapLibre otherwise. */
export function chooseProvider(config: MapProviderConfig): ProviderChoice {
  if (config.mapProvider?.trim().toLowerCase() !== 'google') return { provider: 'maplibre', fallback: null };
  const apiKey = config.googleMapsApiKey?.trim();
  const mapId = config.googleMapsMapId?.trim();
  if (!apiKey || !mapId) return { provider: 'maplibre', fallback: 'incomplete-config' };
  return { provider: 'google', apiKey, mapId };
}
