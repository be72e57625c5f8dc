// End-to-end check in a real browser: import a route, start a delivery on it, cancel it from the
// live map, and find it cancelled in the delivery history; on the way, the server's
// Content-Security-Policy refuses nothing the pages do.
//
//   BASE_URL=http://127.0.0.1:8080 [SCREENSHOT=/tmp/records.png] [TIMEOUT_MS=120000] \
//     node e2e/records.e2e.mjs
//
// SCREENSHOT: the history at the end (or the page where it failed); `…-live.png` beside it is
// the live map asking to confirm the cancellation.
// (a) /routes: sets a GPX track of 30 points (written to a temporary file) on the file input,
//     waits for the preview, saves, and waits for the new route in the list;
// (b) /: picks that route, starts a delivery, waits until its vehicle is drawn
//     (`window.codeDeliveryVehicles`), cancels it from its row in the panel (Cancel, then the
//     inline "Yes, cancel"), and waits until the vehicle and the row are gone (the server's
//     `removed` frame, reason `cancelled`);
// (c) /deliveries?status=cancelled (a hard load: the server must answer it with the app): the
//     delivery's row says data-status="cancelled".
// Drives Debian's /usr/bin/chromium (see ensure-chromium.sh) through playwright-core. Prints one
// JSON line; exits 0 on success, 1 on failure.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { args, executablePath, runMain } from './support/chromium.mjs';

const baseUrl = process.env.BASE_URL;
const screenshot = process.env.SCREENSHOT;
const timeoutMs = Number(process.env.TIMEOUT_MS ?? 120_000);

/** Along the Hudson River Greenway, Battery Park to the Upper West Side (~10.7 km): [lat, lon, elevation]. */
const TRACK = [
  [40.7033, -74.017, 3.1], [40.7063, -74.018, 2.8], [40.7095, -74.0172, 3.4], [40.7127, -74.0159, 4.0],
  [40.716, -74.0145, 3.6], [40.7192, -74.0132, 2.9], [40.7222, -74.0121, 2.5], [40.7255, -74.0112, 2.7],
  [40.7288, -74.011, 3.3], [40.732, -74.0105, 3.0], [40.7352, -74.0097, 2.6], [40.7385, -74.0088, 2.4],
  [40.7415, -74.0078, 2.9], [40.7447, -74.0066, 3.8], [40.7478, -74.005, 4.6], [40.7508, -74.0035, 5.2],
  [40.754, -74.002, 4.9], [40.757, -74.0003, 4.1], [40.7602, -73.9985, 3.5], [40.7633, -73.9967, 3.2],
  [40.7664, -73.9948, 3.9], [40.7695, -73.9928, 5.0], [40.7726, -73.9906, 6.3], [40.7757, -73.9885, 7.1],
  [40.7788, -73.9863, 6.8], [40.7819, -73.984, 6.0], [40.785, -73.9817, 5.4], [40.7881, -73.9795, 5.9],
  [40.7912, -73.9772, 6.6], [40.7943, -73.975, 7.4],
];

/** A GPX 1.1 file as a phone app writes it: metadata, one track, one segment, timed points. */
function gpx(title) {
  const start = Date.parse('2026-11-01T08:00:00Z');
  const points = TRACK.map(
    ([lat, lon, ele], i) =>
      `      <trkpt lat="${lat.toFixed(6)}" lon="${lon.toFixed(6)}"><ele>${ele.toFixed(1)}</ele>` +
      `<time>${new Date(start + i * 55_000).toISOString().replace('.000Z', 'Z')}</time></trkpt>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gpx version="1.1" creator="Code Delivery e2e" xmlns="http://www.topografix.com/GPX/1/1">',
    `  <metadata><name>${title}</name><time>2026-11-01T08:00:00Z</time></metadata>`,
    '  <trk>',
    `    <name>${title}</name>`,
    '    <type>cycling</type>',
    '    <trkseg>',
    ...points,
    '    </trkseg>',
    '  </trk>',
    '</gpx>',
    '',
  ].join('\n');
}

async function main() {
  if (!baseUrl) throw new Error('BASE_URL is not set (e.g. http://127.0.0.1:8080)');
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new Error(`TIMEOUT_MS must be a positive number, got "${process.env.TIMEOUT_MS}"`);
  const started = Date.now();
  const deadline = started + timeoutMs;
  const remaining = () => Math.max(1, deadline - Date.now());
  const at = (path) => new URL(path, baseUrl).href;
  const profile = await mkdtemp(join(tmpdir(), 'codedelivery-e2e-'));
  const title = `Hudson River Greenway ${new Date().toISOString().slice(0, 19).replace('T', ' ')}`;
  const file = join(profile, 'hudson-river-greenway.gpx');
  await writeFile(file, gpx(title));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath, args, headless: true, viewport: { width: 1280, height: 800 },
  });
  const pageErrors = [];
  let step = 'import the route';
  const summary = { routeId: null, routeTitle: title, points: null, deliveryId: null };
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // The server's Content-Security-Policy must let every page work: no refused script, worker,
    // style or connection (Chromium reports each refusal as a console error).
    const cspViolations = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && message.text().includes('Content Security Policy')) {
        cspViolations.push(message.text().slice(0, 300));
      }
    });

    // (a) Import the route on /routes.
    await load(page, at('/routes'), remaining());
    await page.locator('[data-testid="route-file-input"]').setInputFiles(file, { timeout: remaining() });
    const preview = page.locator('[data-testid="route-preview"]');
    await preview.waitFor({ state: 'visible', timeout: remaining() });
    summary.points = Number(await preview.getAttribute('data-points'));
    if (summary.points !== TRACK.length) throw new Error(`the preview shows ${summary.points} points, the file has ${TRACK.length}`);
    const [saved] = await Promise.all([
      page.waitForResponse(
        (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/routes/import' && !r.url().includes('preview=true'),
        { timeout: remaining() },
      ),
      page.locator('[data-testid="route-save"]').click({ timeout: remaining() }),
    ]);
    if (saved.status() !== 201) throw new Error(`POST /api/routes/import answered ${saved.status()}: ${await saved.text().catch(() => '')}`);
    // The new route in the list, under the file's title (read from the page: Chromium may have dropped the answer's body already).
    const listed = page.locator('li[data-route-id]', { hasText: title });
    await listed.waitFor({ state: 'visible', timeout: remaining() });
    const route = { id: await listed.getAttribute('data-route-id') };
    summary.routeId = route.id;

    // (b) Start a delivery on it from the live map, then cancel it there.
    step = 'start the delivery';
    await load(page, at('/'), remaining());
    await page.waitForFunction(
      (id) => [...document.querySelectorAll('select[name="route"] option')].some((o) => o.value === id),
      route.id,
      { timeout: remaining(), polling: 100 },
    );
    await page.locator('select[name="route"]').selectOption(route.id);
    await page.waitForFunction(() => Boolean(window.codeDeliveryMap && window.codeDeliveryVehicles), null, { timeout: remaining() });
    const [created] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === '/api/deliveries' && r.request().method() === 'POST', { timeout: remaining() }),
      page.getByRole('button', { name: 'Start' }).click({ timeout: remaining() }),
    ]);
    if (created.status() !== 201) throw new Error(`POST /api/deliveries answered ${created.status()}: ${await created.text().catch(() => '')}`);
    // The answer's id, else the row the page selected for the delivery it started.
    const delivery = (await created.json().catch(() => null)) ?? {
      id: await page.locator('[data-list="active"] .delivery.selected').getAttribute('data-delivery-id', { timeout: remaining() }),
    };
    summary.deliveryId = delivery.id;

    step = 'see the vehicle drawn';
    await page.waitForFunction((id) => window.codeDeliveryVehicles?.drawn().vehicles.includes(id), delivery.id, {
      timeout: remaining(), polling: 100,
    });

    step = 'cancel from the live map';
    // Only this delivery in the list, however many others are driving.
    await page.getByRole('searchbox').fill(delivery.id);
    const row = page.locator(`[data-list="active"] [data-delivery-id="${delivery.id}"]`);
    await row.locator('[data-action="cancel"]').click({ timeout: remaining() });
    if (screenshot) await page.screenshot({ path: screenshot.replace(/\.png$/, '') + '-live.png' });
    const [cancelled] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === `/api/deliveries/${encodeURIComponent(delivery.id)}/cancel`, {
        timeout: remaining(),
      }),
      row.locator('[data-action="confirm-cancel"]').click({ timeout: remaining() }),
    ]);
    if (cancelled.status() !== 200) throw new Error(`POST …/cancel answered ${cancelled.status()}: ${await cancelled.text().catch(() => '')}`);
    summary.cancelAnswer = (await cancelled.json().catch(() => null))?.status ?? null;
    const cancelledAt = Date.now();
    step = 'see the vehicle leave the map';
    await page.waitForFunction(
      (id) =>
        !window.codeDeliveryVehicles.drawn().vehicles.includes(id) &&
        !document.querySelector(`[data-list="active"] [data-delivery-id="${id}"]`),
      delivery.id,
      { timeout: remaining(), polling: 100 },
    );
    summary.vehicleGoneMs = Date.now() - cancelledAt;

    // (c) The history lists it as cancelled.
    step = 'find it in the history';
    await load(page, at('/deliveries?status=cancelled'), remaining());
    const historyRow = page.locator(`[data-testid="delivery-history"] tr[data-delivery-id="${delivery.id}"]`);
    await historyRow.waitFor({ state: 'attached', timeout: remaining() });
    summary.historyStatus = await historyRow.getAttribute('data-status');
    if (summary.historyStatus !== 'cancelled') throw new Error(`the history shows the delivery as ${summary.historyStatus}`);
    step = 'find no refusal of the Content-Security-Policy';
    summary.cspViolations = cspViolations.length;
    if (cspViolations.length) throw new Error(`the Content-Security-Policy refused: ${JSON.stringify(cspViolations)}`);
    if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
    return { ok: true, ...summary, tookMs: Date.now() - started, screenshot: screenshot ?? null };
  } catch (error) {
    const page = context.pages()[0];
    if (screenshot && page) await page.screenshot({ path: screenshot, fullPage: true }).catch(() => {});
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Error(
      `could not ${step} within ${timeoutMs} ms: ${reason}; so far ${JSON.stringify(summary)}` +
        (pageErrors.length ? `; page errors: ${JSON.stringify(pageErrors)}` : ''),
      { cause: error },
    );
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

/** A hard load of one of the app's pages; the server must answer it with the app. */
async function load(page, url, timeout) {
  const response = await page.goto(url, { waitUntil: 'domcontentloaded', timeout });
  if (!response || !response.ok()) throw new Error(`GET ${url} answered ${response ? response.status() : 'nothing'}`);
}

runMain(main);
