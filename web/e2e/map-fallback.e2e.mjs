// End-to-end check in a real browser: when Google Maps is configured but cannot be used, the
// page says so and draws MapLibre + OpenStreetMap instead.
//
//   BASE_URL=http://127.0.0.1:8080 [DELIVERY_ID=...] [MODE=abort|hang|auth] [SCREENSHOT=/tmp/fallback.png] \
//     [TIMEOUT_MS=60000] node e2e/map-fallback.e2e.mjs
//
// Serves nothing itself: with playwright's `page.route` it answers `/api/config` with Google Maps
// switched on (`mapProvider: google`, a test key and map id) and makes every request to
// https://maps.googleapis.com fail: MODE=abort (default) aborts them (a blocked or offline
// script), MODE=hang never answers (the 8 s timeout), MODE=auth answers the script with a call
// of `gm_authFailure` (Google refusing the key). Then opens the tracking page of DELIVERY_ID (or
// of a delivery it starts through the API), and waits until the fallback notice is visible,
// `data-map-fallback` names the reason, and the MapLibre map (`window.codeDeliveryMap`) has
// loaded its style with the scene's layers. Prints one JSON line; exits 0 on success, 1 on failure.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { args, executablePath } from './support/chromium.mjs';

const baseUrl = process.env.BASE_URL?.replace(/\/+$/, '');
const screenshot = process.env.SCREENSHOT;
const timeoutMs = Number(process.env.TIMEOUT_MS ?? 60_000);
const mode = process.env.MODE ?? 'abort';
const GOOGLE_CONFIG = { mapProvider: 'google', googleMapsApiKey: 'test-key', googleMapsMapId: 'x', mapStyleUrl: null };
const EXPECTED_REASON = { abort: 'load-failed', hang: 'timeout', auth: 'auth-failed' };

async function main() {
  if (!baseUrl) throw new Error('BASE_URL is not set (e.g. http://127.0.0.1:8080)');
  if (!(mode in EXPECTED_REASON)) throw new Error(`MODE must be abort, hang or auth, was ${mode}`);
  const deadline = Date.now() + timeoutMs;
  const remaining = () => Math.max(1, deadline - Date.now());
  const profile = await mkdtemp(join(tmpdir(), 'codedelivery-e2e-'));
  // The server runs MapLibre, so its Content-Security-Policy allows no Google script host; the page
  // is told Google here (the fake /api/config), as a Google-configured server (whose policy allows
  // them) would tell it, so the policy is bypassed. ContentSecurityPolicyTest covers that policy.
  const context = await chromium.launchPersistentContext(profile, {
    bypassCSP: true,
    executablePath, args, headless: true, viewport: { width: 1280, height: 800 }, locale: 'en-US',
  });
  const googleRequests = [];
  const pageErrors = [];
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.route('**/api/config', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(GOOGLE_CONFIG) }),
    );
    await page.route('https://maps.googleapis.com/**', (route) => {
      googleRequests.push(route.request().url());
      if (mode === 'abort') return route.abort('failed');
      if (mode === 'auth') {
        return route.fulfill({ status: 200, contentType: 'text/javascript', body: 'window.gm_authFailure && window.gm_authFailure();' });
      }
      return undefined; // hang: never answered
    });

    const deliveryId = process.env.DELIVERY_ID || (await startDelivery(page));
    await page.goto(`${baseUrl}/track/${encodeURIComponent(deliveryId)}`, { waitUntil: 'domcontentloaded', timeout: remaining() });

    const notice = page.locator('[data-map-notice="fallback"]');
    await notice.waitFor({ state: 'visible', timeout: remaining() });
    const noticeText = (await notice.textContent())?.trim() ?? '';
    if (!noticeText.includes('Google Maps could not be loaded; showing OpenStreetMap instead')) {
      throw new Error(`unexpected fallback notice: ${JSON.stringify(noticeText)}`);
    }
    const reason = await page.locator('[data-map-fallback]').getAttribute('data-map-fallback');
    if (reason !== EXPECTED_REASON[mode]) throw new Error(`data-map-fallback is ${reason}, expected ${EXPECTED_REASON[mode]}`);

    await page.waitForFunction(
      () => {
        const map = window.codeDeliveryMap;
        return Boolean(map && map.isStyleLoaded() && map.getLayer('scene-routes') && map.getLayer('scene-trails'));
      },
      null,
      { timeout: remaining(), polling: 100 },
    );
    const map = await page.evaluate(() => {
      const m = window.codeDeliveryMap;
      return {
        canvas: Boolean(m.getCanvas()?.width),
        routeLines: m.querySourceFeatures('scene-routes').length,
        googleMap: Boolean(window.codeDeliveryGoogleMap),
        renderer: document.querySelector('[data-map-renderer]')?.getAttribute('data-map-renderer') ?? null,
      };
    });
    if (map.renderer !== 'maplibre' || map.googleMap) throw new Error(`expected the MapLibre renderer only, got ${JSON.stringify(map)}`);
    if (googleRequests.length === 0) throw new Error('the page never tried to load Google Maps: nothing was proven');
    if (screenshot) await page.screenshot({ path: screenshot });
    return {
      ok: true, mode, reason, notice: noticeText, map, googleRequests: googleRequests.length, deliveryId,
      pageErrors, tookMs: timeoutMs - (deadline - Date.now()), screenshot: screenshot ?? null,
    };
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

async function startDelivery(page) {
  const routes = await (await page.request.get(`${baseUrl}/api/routes`)).json();
  if (!Array.isArray(routes) || routes.length === 0) throw new Error('GET /api/routes gave no route');
  const response = await page.request.post(`${baseUrl}/api/deliveries`, { data: { routeId: routes[0].id } });
  if (response.status() !== 201) throw new Error(`POST /api/deliveries answered ${response.status()}: ${await response.text()}`);
  return (await response.json()).id;
}

main().then(
  (summary) => {
    console.log(JSON.stringify(summary));
    process.exit(0);
  },
  (error) => {
    console.log(JSON.stringify({ ok: false, mode, error: error instanceof Error ? error.message : String(error) }));
    process.exit(1);
  },
);
