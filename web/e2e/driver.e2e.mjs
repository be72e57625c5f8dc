// End-to-end check in a real browser: a phone drives a delivery (the driver page), through a
// network loss, to the end; the customer's tracking page sees it delivered.
//
//   BASE_URL=http://127.0.0.1:8080 [SCREENSHOT=/tmp/driver.png] [TIMEOUT_MS=180000] \
//     [TRACK=0] [SERVICE_WORKERS=allow|block] node e2e/driver.e2e.mjs
//
// (a) Over the API: adds a route of 40 points (about 1.9 km, a title unique to the run) and
//     starts a delivery on it driven by a phone (`POST /api/deliveries` `driver: "device"`),
//     whose answer carries the driver's link (`device.driverPath`).
// (b) A phone: a browser context with the geolocation permission, placed at the route's first
//     point, opens BASE_URL + driverPath (a hard load of /drive/ID#token=...). The page must take
//     the token out of the address bar.
// (c) Walks the geolocation along the route's points, one `setGeolocation` every ~600 ms (the
//     page records at most one position per 500 ms), each time polling (bounded) until the page
//     recorded it: `data-last-acked-seq` + 1 + `data-pending` counts what it recorded. Around
//     the middle, the context goes offline for 8 points: `data-driver-status` must say `offline`,
//     every point must be recorded, and `data-pending` must hold them all; then back online.
//     The first point within the delivery's `arrivalMeters` of the end is recorded `finished`;
//     the walk goes on to the last point (nothing more is recorded).
// (d) Waits until the page says delivered (`data-driver-status="delivered"`, `data-pending="0"`,
//     `data-last-acked-seq` = recorded - 1).
// (e) Meanwhile a customer (another context, always online; TRACK=0 skips it) has
//     /track/ID open; it must end saying "Delivered" (`data-status="delivered"`).
// Drives Debian's /usr/bin/chromium (see ensure-chromium.sh) through playwright-core. Prints one
// JSON line; exits 0 on success, 1 on failure.
import { chromium } from 'playwright-core';
import { args, executablePath, runMain } from './support/chromium.mjs';

const baseUrl = process.env.BASE_URL?.replace(/\/+$/, '');
const screenshot = process.env.SCREENSHOT;
const timeoutMs = Number(process.env.TIMEOUT_MS ?? 180_000);
const track = process.env.TRACK !== '0';
const serviceWorkers = process.env.SERVICE_WORKERS === 'block' ? 'block' : 'allow';

/** Points of the route ([lng, lat]): 40 of them, ~49 m apart, north-east from Praça da Sé, São Paulo, gently curving. */
const POINTS = Array.from({ length: 40 }, (_, i) => [
  Number((-46.6340 + i * 0.0003 + 0.0002 * Math.sin(i / 6)).toFixed(6)),
  Number((-23.5505 + i * 0.00035).toFixed(6)),
]);
/** Which points the phone reports offline. */
const OFFLINE_FROM = 16;
const OFFLINE_POINTS = 8;
/** Between two fixes: more than the page's 500 ms between recorded positions. */
const PACE_MS = 600;

async function main() {
  if (!baseUrl) throw new Error('BASE_URL is not set (e.g. http://127.0.0.1:8080)');
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new Error(`TIMEOUT_MS must be a positive number, got "${process.env.TIMEOUT_MS}"`);
  const started = Date.now();
  const deadline = started + timeoutMs;
  const remaining = () => Math.max(1, deadline - Date.now());
  const summary = { routeId: null, deliveryId: null, recorded: 0, offlineRecorded: 0, lastAckedSeq: null, finishedPoint: null };
  let step = 'add the route';
  const browser = await chromium.launch({ executablePath, args, headless: true });
  const pageErrors = [];
  let driverPage = null;
  try {
    // (a) The route and the delivery, over the API.
    const title = `Driver e2e ${new Date().toISOString()} ${Math.random().toString(36).slice(2, 8)}`;
    const route = await api('POST', '/api/routes', { title, geometry: { type: 'LineString', coordinates: POINTS } }, 201);
    summary.routeId = route.id;
    step = 'start a device delivery';
    const delivery = await api('POST', '/api/deliveries', { routeId: route.id, driver: 'device' }, 201);
    summary.deliveryId = delivery.id;
    if (delivery.driver !== undefined && delivery.driver !== 'device') throw new Error(`the delivery's driver is ${delivery.driver}`);
    const driverPath = delivery.device?.driverPath;
    if (typeof driverPath !== 'string' || !driverPath.startsWith(`/drive/${delivery.id}#token=`)) {
      throw new Error(`the answer has no driver link: ${JSON.stringify(delivery.device ?? null)}`);
    }
    const token = new URLSearchParams(driverPath.slice(driverPath.indexOf('#') + 1)).get('token');
    const device = await api('GET', '/api/device/delivery', undefined, 200, token);
    const arrivalMeters = Number(device.arrivalMeters ?? 150);
    const last = POINTS[POINTS.length - 1];
    const arrivalIndex = POINTS.findIndex(([lng, lat]) => meters(lat, lng, last[1], last[0]) <= arrivalMeters);

    // (e) The customer's page, from the start.
    let customer = null;
    if (track) {
      step = 'open the tracking page';
      const customerContext = await browser.newContext({ viewport: { width: 1024, height: 768 }, locale: 'en-US' });
      customer = await customerContext.newPage();
      customer.on('pageerror', (error) => pageErrors.push(`track: ${error.message}`));
      await load(customer, `${baseUrl}/track/${encodeURIComponent(delivery.id)}`, remaining());
      await customer.locator(`[data-tracking-delivery="${delivery.id}"][data-state="ready"]`).waitFor({ state: 'attached', timeout: remaining() });
    }

    // (b) The phone.
    step = 'open the driver page';
    const [lng0, lat0] = POINTS[0];
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'en-US',
      permissions: ['geolocation'], geolocation: { latitude: lat0, longitude: lng0, accuracy: 5 }, serviceWorkers,
    });
    driverPage = await phone.newPage();
    driverPage.on('pageerror', (error) => pageErrors.push(`drive: ${error.message}`));
    await load(driverPage, `${baseUrl}${driverPath}`, remaining());
    const root = `[data-driver-delivery="${delivery.id}"]`;
    await driverPage.locator(`${root}[data-last-acked-seq]`).waitFor({ state: 'attached', timeout: remaining() });
    const hash = await driverPage.evaluate(() => window.location.hash);
    if (hash !== '') throw new Error(`the token stayed in the address bar: ${hash}`);

    // (c) The drive: the first point is reported as the page starts watching.
    step = 'record the first position';
    await recordedAtLeast(driverPage, root, 1, remaining());
    summary.recorded = 1;
    let offlineBefore = null;
    let lastFix = Date.now();
    for (let i = 1; i < POINTS.length; i++) {
      step = `report point ${i}`;
      if (i === OFFLINE_FROM) {
        await phone.setOffline(true);
        await driverPage.waitForFunction((sel) => document.querySelector(sel)?.dataset.driverStatus === 'offline', root, { timeout: remaining(), polling: 100 });
        offlineBefore = await readState(driverPage, root);
      }
      await pace(driverPage, lastFix);
      const [lng, lat] = POINTS[i];
      await phone.setGeolocation({ latitude: lat, longitude: lng, accuracy: 5 });
      lastFix = Date.now();
      if (i <= arrivalIndex) {
        summary.recorded += 1;
        await recordedAtLeast(driverPage, root, summary.recorded, remaining());
      }
      if (i === OFFLINE_FROM + OFFLINE_POINTS - 1) {
        step = 'count the positions kept offline';
        const after = await readState(driverPage, root);
        summary.offlineRecorded = after.recorded - offlineBefore.recorded;
        const expected = Math.min(i, arrivalIndex) - OFFLINE_FROM + 1;
        // All of them wait on the phone (a send that was under way as the network went may still land).
        if (after.status !== 'offline' || summary.offlineRecorded !== expected || after.pending < expected || after.pending <= offlineBefore.pending) {
          throw new Error(
            `offline, ${summary.offlineRecorded} positions were recorded (expected ${expected}) and data-pending went from ` +
              `${offlineBefore.pending} to ${after.pending} (status ${after.status})`,
          );
        }
        summary.pendingOffline = after.pending;
        if (screenshot) await driverPage.screenshot({ path: screenshot.replace(/\.png$/, '') + '-offline.png' });
        await phone.setOffline(false);
      }
    }

    // (d) Delivered, everything acknowledged.
    step = 'see the driver page say delivered';
    await driverPage.waitForFunction((sel) => document.querySelector(sel)?.dataset.driverStatus === 'delivered', root, { timeout: remaining(), polling: 100 });
    const end = await readState(driverPage, root);
    summary.lastAckedSeq = end.ackedSeq;
    summary.finishedPoint = arrivalIndex;
    if (end.pending !== 0 || end.ackedSeq !== summary.recorded - 1) {
      throw new Error(`delivered with data-pending ${end.pending} and data-last-acked-seq ${end.ackedSeq}; recorded ${summary.recorded}`);
    }
    if (screenshot) await driverPage.screenshot({ path: screenshot });

    if (customer) {
      step = 'see the tracking page say Delivered';
      await customer.waitForFunction(
        (id) => {
          const main = document.querySelector(`[data-tracking-delivery="${id}"] main[data-status]`);
          return main?.getAttribute('data-status') === 'delivered' && main.querySelector('[data-status-text]')?.textContent === 'Delivered';
        },
        delivery.id,
        { timeout: remaining(), polling: 200 },
      );
      summary.trackingStatus = 'delivered';
      if (screenshot) await customer.screenshot({ path: screenshot.replace(/\.png$/, '') + '-track.png' });
    }
    step = 'read the delivery record as delivered';
    // The backend records the end as the last position goes through its pipeline: poll, bounded.
    for (;;) {
      const record = await api('GET', `/api/deliveries/${encodeURIComponent(delivery.id)}`, undefined, 200);
      summary.recordStatus = record.status;
      if (record.status === 'delivered') break;
      if (Date.now() > deadline) throw new Error(`the delivery record says ${record.status}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return { ok: true, ...summary, serviceWorkers, tookMs: Date.now() - started, screenshot: screenshot ?? null };
  } catch (error) {
    if (screenshot && driverPage) await driverPage.screenshot({ path: screenshot }).catch(() => {});
    const state = driverPage && summary.deliveryId ? await readState(driverPage, `[data-driver-delivery="${summary.deliveryId}"]`).catch(() => null) : null;
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Error(
      `could not ${step} within ${timeoutMs} ms: ${reason}; so far ${JSON.stringify(summary)}; page ${JSON.stringify(state)}` +
        (pageErrors.length ? `; page errors: ${JSON.stringify(pageErrors)}` : ''),
      { cause: error },
    );
  } finally {
    await browser.close();
  }
}

/** One REST call; the answer's JSON, or an error naming the status and body. */
async function api(method, path, body, expected, token) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(`${baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  if (response.status !== expected) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}

/** A hard load of one of the app's pages; the server must answer it with the app. */
async function load(page, url, timeout) {
  const response = await page.goto(url, { waitUntil: 'domcontentloaded', timeout });
  if (!response || !response.ok()) throw new Error(`GET ${url} answered ${response ? response.status() : 'nothing'}`);
}

/** The driver page's test hooks. */
function readState(page, root) {
  return page.evaluate((sel) => {
    const element = document.querySelector(sel);
    const ackedSeq = Number(element?.dataset.lastAckedSeq ?? NaN);
    const pending = Number(element?.dataset.pending ?? NaN);
    return { status: element?.dataset.driverStatus ?? null, ackedSeq, pending, recorded: ackedSeq + 1 + pending };
  }, root);
}

/** Polls (bounded) until the page recorded at least `count` positions. */
async function recordedAtLeast(page, root, count, timeout) {
  await page.waitForFunction(
    ([sel, n]) => {
      const element = document.querySelector(sel);
      return Number(element?.dataset.lastAckedSeq) + 1 + Number(element?.dataset.pending) >= n;
    },
    [root, count],
    { timeout, polling: 50 },
  );
}

/** Lets at least PACE_MS pass since the last fix: the GPS's pace, not a wait for the page. */
async function pace(page, since) {
  const left = PACE_MS - (Date.now() - since);
  if (left > 0) await page.waitForTimeout(left);
}

/** Great-circle distance in metres. */
function meters(lat1, lng1, lat2, lng2) {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lng2 - lng1) * rad) / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(a)));
}

runMain(main);
