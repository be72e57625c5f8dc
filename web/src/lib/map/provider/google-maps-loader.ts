/// <reference types="google.maps" />
import { importLibrary, setOptions } from '@googlemaps/js-api-loader';

/** The parts of the Maps JavaScript API the app uses. */
export interface GoogleMapsApi {
  maps: google.maps.MapsLibrary;
  marker: google.maps.MarkerLibrary;
  core: google.maps.CoreLibrary;
  mapId: string;
}

declare global {
  interface Window {
    /** Called by the Maps JavaScript API when it refuses the key (invalid, wrong referrer, billing). */
    gm_authFailure?: () => void;
  }
}

let loading: { apiKey: string; promise: Promise<GoogleMapsApi> } | null = null;
let authFailed = false;
const authListeners = new Set<() => void>();

/**
 * Loads the Maps JavaScript API once per page (`setOptions` may only be called once, so a
 * second key is refused). A failed load is not retried: the page shows MapLibre until reloaded.
 */
export function loadGoogleMaps(apiKey: string, mapId: string): Promise<GoogleMapsApi> {
  if (loading && loading.apiKey !== apiKey) {
    return Promise.reject(new Error('Google Maps was already loaded with another key'));
  }
  if (!loading) {
    installAuthFailureHook();
    setOptions({ key: apiKey, v: 'weekly', mapIds: [mapId] });
    const promise = Promise.all([importLibrary('core'), importLibrary('maps'), importLibrary('marker')]);
    loading = { apiKey, promise: promise.then(([core, maps, marker]) => ({ core, maps, marker, mapId: '' })) };
  }
  return loading.promise.then((api) => ({ ...api, mapId }));
}

/** Whether Google has refused the key on this page. */
export function googleAuthFailed(): boolean {
  return authFailed;
}

/** Calls `listener` when Google refuses the key (at most once per page); returns the unsubscribe. */
export function onGoogleAuthFailure(listener: () => void): () => void {
  authListeners.add(listener);
  return () => authListeners.delete(listener);
}

function installAuthFailureHook(): void {
  const previous = window.gm_authFailure;
  window.gm_authFailure = () => {
    authFailed = true;
    previous?.();
    for (const listener of [...authListeners]) listener();
  };
}

/** Tests only: forget the page's load and auth failure. */
export function resetGoogleMapsLoaderForTests(): void {
  loading = null;
  authFailed = false;
  authListeners.clear();
  delete window.gm_authFailure;
}
