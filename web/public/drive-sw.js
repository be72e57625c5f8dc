// The driver page's service worker (registered by /drive/* pages only, scope /drive/): keeps the
// app shell so the page reloads without network. Simple on purpose:
// - navigations: network first; a good answer is kept as the shell; offline, the kept shell;
// - the app's files (/assets/*, hashed): from the cache when there, else fetched and kept;
// - other files of this origin: network first, the kept copy offline;
// - /api/ and /ws are never touched (always the network), nor other origins (map tiles).
// The page posts {type: 'cache-shell', urls} after registering: the files it loaded before the
// worker controlled it.
const CACHE = 'codedelivery-driver-v1';
const SHELL = '/drive/';

self.addEventListener('install', (event) => {
  event.waitUntil(self.skipWaiting());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('codedelivery-driver-') && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'cache-shell' || !Array.isArray(data.urls)) return;
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await Promise.all(
        data.urls.filter((url) => typeof url === 'string' && cacheable(new URL(url, self.location.origin))).map(async (url) => {
          try {
            const response = await fetch(url, { credentials: 'same-origin' });
            if (!response.ok || response.type !== 'basic') return;
            const isPage = (response.headers.get('Content-Type') || '').includes('text/html');
            await cache.put(isPage ? SHELL : url, response);
          } catch {
            // offline already: kept next time
          }
        }),
      );
    })(),
  );
});

/** Same origin, and neither the API nor the live socket. */
function cacheable(url) {
  return url.origin === self.location.origin && !url.pathname.startsWith('/api/') && url.pathname !== '/ws' && !url.pathname.startsWith('/ws/');
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (!cacheable(url)) return;
  if (request.mode === 'navigate') event.respondWith(navigation(request));
  else if (url.pathname.startsWith('/assets/')) event.respondWith(cacheFirst(request));
  else event.respondWith(networkFirst(request));
});

async function navigation(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    const isPage = (response.headers.get('Content-Type') || '').includes('text/html');
    if (response.ok && isPage) await cache.put(SHELL, response.clone());
    // The installed app starts at /drive/: the kept shell stands in should the server not answer it.
    if (!response.ok && new URL(request.url).pathname === SHELL) return (await cache.match(SHELL)) || response;
    return response;
  } catch (error) {
    const kept = await cache.match(SHELL);
    if (kept) return kept;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
  return response;
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const kept = await cache.match(request);
    if (kept) return kept;
    throw error;
  }
}
