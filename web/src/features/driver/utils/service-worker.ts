/** The driver page's service worker (web/public/drive-sw.js) and the pages it serves. */
export const DRIVER_WORKER_URL = '/drive-sw.js';
export const DRIVER_SCOPE = '/drive/';

/**
 * Registers the driver page's service worker (only this page does) and hands it the files this
 * page loaded, so that it reloads offline: the page was not controlled yet while it loaded them.
 * Does nothing where service workers are missing (or the page is not a secure context).
 */
export async function registerDriverWorker(
  container: ServiceWorkerContainer | undefined = typeof navigator !== 'undefined' ? navigator.serviceWorker : undefined,
): Promise<boolean> {
  if (!container || typeof window === 'undefined' || !window.isSecureContext) return false;
  try {
    await container.register(DRIVER_WORKER_URL, { scope: DRIVER_SCOPE });
    const registration = await container.ready;
    registration.active?.postMessage({ type: 'cache-shell', urls: shellUrls() });
    return true;
  } catch {
    return false;
  }
}

/** This page's own address and the same-origin files it loaded (scripts, styles, icons), never the API. */
export function shellUrls(
  entries: readonly { name: string }[] = performance.getEntriesByType('resource'),
  here: Location = window.location,
): string[] {
  const urls = new Set<string>([here.pathname]);
  for (const { name } of entries) {
    let url: URL;
    try {
      url = new URL(name, here.href);
    } catch {
      continue;
    }
    if (url.origin !== here.origin || url.pathname.startsWith('/api/') || url.pathname === '/ws' || url.pathname.startsWith('/ws/')) continue;
    urls.add(url.pathname + url.search);
  }
  return [...urls];
}
