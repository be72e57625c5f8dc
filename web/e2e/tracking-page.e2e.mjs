// End-to-end check in a real browser: a customer's tracking page follows one delivery.
//
//   BASE_URL=http://127.0.0.1:8080 [DELIVERY_ID=...] [UNTIL_DELIVERED=1] [SCREENSHOT=/tmp/track.png] \
//     [TIMEOUT_MS=60000] node e2e/tracking-page.e2e.mjs
//
// Opens BASE_URL/track/DELIVERY_ID (without DELIVERY_ID it starts a delivery on the first route
// through the API), waits until the page's `data-progress` rose at least twice, and, with
// UNTIL_DELIVERED=1, until `data-status="delivered"`, the "Delivered" text and the recorded time
// of delivery (`[data-figure="delivered-at"]`, read from the backend). Checks that every
// tracking socket the page opened was subscribed to that delivery alone (`/ws?delivery=ID`).
// The server must answer a hard load of /track/ID with the app (`vite preview`/`npm run dev`
// do; see README). Drives Debian's /usr/bin/chromium through playwright-core. Prints one JSON
// line; exits 0 on success, 1 on failure.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { args, executablePath, runMain } from './support/chromium.mjs';

const baseUrl = process.env.BASE_URL?.replace(/\/+$/, '');
const screenshot = process.env.SCREENSHOT;
const timeoutMs = Number(process.env.TIMEOUT_MS ?? 60_000);
const untilDelivered = process.env.UNTIL_DELIVERED === '1';

async function main() {
  if (!baseUrl) throw new Error('BASE_URL is not set (e.g. http://127.0.0.1:8080)');
  const deadline = Date.now() + timeoutMs;
  const remaining = () => Math.max(1, deadline - Date.now());
  const profile = await mkdtemp(join(tmpdir(), 'codedelivery-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath, args, headless: true, viewport: { width: 1280, height: 800 }, locale: 'en-US',
  });
  const pageErrors = [];
  const sockets = [];
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('websocket', (ws) => sockets.push(ws.url()));
    const deliveryId = process.env.DELIVERY_ID || (await startDelivery(page));

    await page.goto(`${baseUrl}/track/${encodeURIComponent(deliveryId)}`, { waitUntil: 'domcontentloaded', timeout: remaining() });
    const root = page.locator(`[data-tracking-delivery="${deliveryId}"]`);
    await root.waitFor({ state: 'attached', timeout: remaining() });

    // Poll the page's progress (no fixed sleeps) until it rose twice.
    const progress = [];
    let state = null;
    while (Date.now() < deadline) {
      state = await readState(page, deliveryId);
      if (state.state === 'not-found' || state.state === 'invalid') throw new Error(`the page says delivery ${deliveryId} is ${state.state}`);
      if (state.progress !== null && progress[progress.length - 1] !== state.progress) progress.push(state.progress);
      if (rises(progress) >= 2 || state.status === 'delivered') break;
      await page.waitForTimeout(200);
    }
    if (rises(progress) < 2 && state?.status !== 'delivered') {
      throw new Error(`data-progress rose ${rises(progress)} time(s) within ${timeoutMs} ms (${JSON.stringify(progress)}); last ${JSON.stringify(state)}`);
    }
    if (screenshot) await page.screenshot({ path: screenshot });

    let delivered = null;
    if (untilDelivered) {
      await page.locator(`[data-tracking-delivery="${deliveryId}"] [data-status="delivered"]`).waitFor({ state: 'attached', timeout: remaining() });
      await page.getByText('Delivered', { exact: true }).first().waitFor({ state: 'visible', timeout: remaining() });
      // The page reads the delivery record again a few seconds later, for the time it was delivered.
      await page.locator('[data-figure="delivered-at"]').waitFor({ state: 'visible', timeout: Math.min(remaining(), 20_000) });
      delivered = await readState(page, deliveryId);
      if (delivered.progress !== 100) throw new Error(`delivered but data-progress is ${delivered.progress}`);
      if (screenshot) await page.screenshot({ path: screenshot.replace(/\.png$/, '') + '-delivered.png' });
    }

    const tracking = sockets.filter((url) => new URL(url).pathname === '/ws');
    if (tracking.length === 0) throw new Error(`the page opened no tracking socket (sockets: ${JSON.stringify(sockets)})`);
    const wrong = tracking.filter((url) => new URL(url).searchParams.get('delivery') !== deliveryId);
    if (wrong.length > 0) throw new Error(`sockets not subscribed to delivery ${deliveryId} alone: ${JSON.stringify(wrong)}`);

    return {
      ok: true, deliveryId, progress, status: delivered?.status ?? state.status, statusText: delivered?.statusText ?? state.statusText,
      figures: delivered?.figures ?? state.figures, sockets: tracking, mapProvider: state.mapProvider, pageErrors,
      tookMs: timeoutMs - (deadline - Date.now()), screenshot: screenshot ?? null,
    };
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

/** How many times the sequence went up. */
function rises(values) {
  let count = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[i - 1]) count += 1;
  return count;
}

async function readState(page, deliveryId) {
  return page.evaluate((id) => {
    const root = document.querySelector(`[data-tracking-delivery="${CSS.escape(id)}"]`);
    const body = root?.querySelector('[data-status]');
    const figures = {};
    for (const dd of root?.querySelectorAll('[data-figure]') ?? []) figures[dd.getAttribute('data-figure')] = dd.textContent;
    return {
      state: root?.getAttribute('data-state') ?? null,
      status: body?.getAttribute('data-status') ?? null,
      progress: body ? Number(body.getAttribute('data-progress')) : null,
      statusText: root?.querySelector('[data-status-text]')?.textContent ?? null,
      mapProvider: root?.querySelector('[data-map-provider]')?.getAttribute('data-map-provider') ?? null,
      figures,
    };
  }, deliveryId);
}

async function startDelivery(page) {
  const routes = await (await page.request.get(`${baseUrl}/api/routes`)).json();
  if (!Array.isArray(routes) || routes.length === 0) throw new Error('GET /api/routes gave no route');
  const response = await page.request.post(`${baseUrl}/api/deliveries`, { data: { routeId: routes[0].id } });
  if (response.status() !== 201) throw new Error(`POST /api/deliveries answered ${response.status()}: ${await response.text()}`);
  return (await response.json()).id;
}

runMain(main);
