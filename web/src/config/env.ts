/**
 * The environment, read and validated once. Everything else imports `env`.
 *
 * - VITE_API_BASE_URL: prefix for REST calls; empty (the default) means same origin.
 * - VITE_TRACKING_SOCKET_URL: absolute ws:// or wss:// URL of the tracking socket;
 *   by default `/ws` on the page's own host, wss:// when the page is served over https.
 */
export interface Env {
  apiBaseUrl: string;
  trackingSocketUrl: string;
}

interface PageLocation {
  protocol: string;
  host: string;
}

export function readEnv(vars: Record<string, string | undefined>, location: PageLocation): Env {
  const apiBaseUrl = (vars.VITE_API_BASE_URL ?? '').trim().replace(/\/+$/, '');
  if (apiBaseUrl !== '' && !/^https?:\/\//.test(apiBaseUrl)) {
    throw new Error(`VITE_API_BASE_URL must be an http(s) URL, got "${apiBaseUrl}"`);
  }
  const socketUrl = (vars.VITE_TRACKING_SOCKET_URL ?? '').trim();
  if (socketUrl !== '' && !/^wss?:\/\//.test(socketUrl)) {
    throw new Error(`VITE_TRACKING_SOCKET_URL must be a ws(s) URL, got "${socketUrl}"`);
  }
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return {
    apiBaseUrl,
    trackingSocketUrl: socketUrl || `${scheme}://${location.host}/ws`,
  };
}

export const env: Env = readEnv(import.meta.env as Record<string, string | undefined>, window.location);
