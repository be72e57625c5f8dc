import { useEffect, useMemo, useState } from 'react';
import { googleAuthFailed, loadGoogleMaps, onGoogleAuthFailure, type GoogleMapsApi } from './google-maps-loader';
import { chooseProvider, type MapFallbackReason, type MapProviderConfig } from './map-provider';

/** How long Google Maps may take to load before the page gives up and shows MapLibre. */
export const GOOGLE_LOAD_TIMEOUT_MS = 8_000;

export type MapProviderState =
  /** The configuration is not known yet, or Google Maps is loading. */
  | { provider: 'pending' }
  /** MapLibre; `fallback` says why when Google Maps was configured but is not used. */
  | { provider: 'maplibre'; fallback: MapFallbackReason | null }
  | { provider: 'google'; api: GoogleMapsApi };

export interface MapProviderOptions {
  /** Default {@link GOOGLE_LOAD_TIMEOUT_MS}. */
  timeoutMs?: number;
}

type Outcome = { key: string; state: MapProviderState };

/**
 * Decides which map library draws the page's maps from `/api/config` (`undefined` while it
 * loads; `null` when it could not be read: MapLibre). Google Maps is loaded when configured; a
 * load that fails, takes longer than `timeoutMs`, or whose key Google refuses (at any time, even
 * after the map was drawn) falls back to MapLibre, with the reason.
 */
export function useMapProvider(config: MapProviderConfig | null | undefined, options: MapProviderOptions = {}): MapProviderState {
  const timeoutMs = options.timeoutMs ?? GOOGLE_LOAD_TIMEOUT_MS;
  const choice = useMemo(() => (config === undefined ? null : chooseProvider(config ?? {})), [config]);
  const googleKey = choice?.provider === 'google' ? `${choice.apiKey}\n${choice.mapId}` : null;
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  useEffect(() => {
    if (googleKey === null) return;
    const [apiKey = '', mapId = ''] = googleKey.split('\n');
    let settled = false;
    const settle = (state: MapProviderState) => {
      if (settled && state.provider !== 'maplibre') return;
      settled = true;
      setOutcome({ key: googleKey, state });
    };
    const fallBack = (reason: MapFallbackReason) => settle({ provider: 'maplibre', fallback: reason });
    if (googleAuthFailed()) {
      fallBack('auth-failed');
      return;
    }
    const unsubscribe = onGoogleAuthFailure(() => fallBack('auth-failed'));
    const timer = setTimeout(() => fallBack('timeout'), timeoutMs);
    loadGoogleMaps(apiKey, mapId).then(
      (api) => {
        clearTimeout(timer);
        if (!settled && !googleAuthFailed()) settle({ provider: 'google', api });
      },
      (error: unknown) => {
        clearTimeout(timer);
        console.warn('Google Maps could not be loaded; using MapLibre instead:', error);
        if (!settled) fallBack('load-failed');
      },
    );
    return () => {
      settled = true;
      clearTimeout(timer);
      unsubscribe();
    };
  }, [googleKey, timeoutMs]);

  if (choice === null) return { provider: 'pending' };
  if (choice.provider === 'maplibre') return { provider: 'maplibre', fallback: choice.fallback };
  return outcome?.key === googleKey ? outcome.state : { provider: 'pending' };
}
