// End-to-end check of the fleet view and the tracking page in a real browser.
//
//   BASE_URL=http://127.0.0.1:8080 CONTINUE_FILE=/tmp/continue [SCREENSHOT_DIR=/tmp] \
//     [TIMEOUT_MS=240000] node e2e/fleet.e2e.mjs
//
// 1. A dispatcher starts three deliveries from the UI (two on one route) and sees three panel
//    entries whose progress rises.
// 2. A second browser context, opened later, sees the same three.
// 3. A customer opens the tracking page of the first: its socket asks for that delivery alone, and
//    every position it receives is that delivery's.
// 4. It prints {"awaiting":"backend-restart"} and waits until CONTINUE_FILE says "backend-restart"
//    (the test restarts the backend meanwhile): every page reconnects and goes on, no delivery ever
//    shows twice on the map and no entry's seq goes backwards.
// 5. The tracking page ends with "delivered"; finished deliveries leave the active list.
// 6. A browser whose language is Portuguese gets the Portuguese UI.
// Screenshots: fleet.png (busy map), tracking.png (tracking page, delivered).
// Prints one JSON line; exits 0 on success, 1 on failure.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { args, executablePath, runMain } from './support/chromium.mjs';
import { awaitRoutes } from './support/live-map.mjs';

const baseUrl = process.env.BASE_URL;
const continueFile = process.env.CONTINUE_FILE;
const screenshotDir = process.env.SCREENSHOT_DIR;
const timeoutMs = Number(process.env.TIMEOUT_MS ?? 240_000);
const deadline = Date.now() + timeoutMs;
const started = Date.now();
/** One line per step, so a failure shows how far it got (the summary stays the last line). */
const step = (name, detail = {}) => console.log(JSON.stringify({ step: name, atMs: Date.now() - started, ...detail }));
const remaining = () => Math.max(1, deadline - Date.now());

async function main() {
  if (!baseUrl || !continueFile) throw new Error('BASE_URL and CONTINUE_FILE must be set');
  const profile = await mkdtemp(join(tmpdir(), 'codedelivery-fleet-e2e-'));
  const browser = await chromium.launch({ executablePath, args, headless: true });
  const pageErrors = [];
  try {
    const open = async (path, locale = 'en-US') => {
      const context = await browser.newContext({ locale, viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(`${path}: ${error.message}`));
      await page.goto(new URL(path, baseUrl).toString(), { waitUntil: 'domcontentloaded', timeout: remaining() });
      return page;
    };

    // 1. Three deliveries started from the panel, two of them on the same route. The routes are
    // long ones of this test's own (about 11 km, over a minute at the tests' fast simulator), so the
    // deliveries are still driving when the backend has restarted.
    const longRoutes = [await createRoute('West Side', WEST_SIDE), await createRoute('East Side', EAST_SIDE)];
    const dispatcher = await open('/');
    const chosen = [longRoutes[0], longRoutes[0], longRoutes[1]];
    await awaitRoutes(dispatcher, remaining());
    const ids = [];
    for (const routeId of chosen) {
      await dispatcher.locator('select[name="route"]').selectOption(routeId);
      const [response] = await Promise.all([
        dispatcher.waitForResponse((r) => r.url().endsWith('/api/deliveries') && r.request().method() === 'POST', { timeout: remaining() }),
        dispatcher.getByRole('button', { name: 'Start', exact: true }).click({ timeout: remaining() }),
      ]);
      if (response.status() !== 201) throw new Error(`POST /api/deliveries answered ${response.status()}: ${await response.text()}`);
      ids.push((await response.json()).id);
    }
    step('started', { ids });
    await awaitProgressRises(dispatcher, ids, '[data-list="active"]');
    step('progress rises');

    // 2. A viewer that arrives later gets the same three from its snapshot.
    const lateViewer = await open('/');
    await lateViewer.waitForFunction(
      (wanted) => wanted.every((id) => document.querySelector(`[data-list="active"] [data-delivery-id="${id}"]`)),
      ids, { timeout: remaining(), polling: 200 });
    step('late viewer sees them');
    await dispatcher.getByRole('button', { name: 'Fit all' }).click({ timeout: remaining() }).catch(() => {});
    if (screenshotDir) await dispatcher.screenshot({ path: join(screenshotDir, 'fleet.png') });

    // 3. The customer's page follows one delivery, and the socket only ever carries that one.
    const framesFor = new Set();
    const tracking = await browser.newContext({ locale: 'en-US', viewport: { width: 1024, height: 768 } }).then((c) => c.newPage());
    tracking.on('pageerror', (error) => pageErrors.push(`track: ${error.message}`));
    const socketUrls = [];
    tracking.on('websocket', (socket) => {
      socketUrls.push(socket.url());
      socket.on('framereceived', ({ payload }) => {
        for (const id of deliveryIdsIn(String(payload))) framesFor.add(id);
      });
    });
    await tracking.goto(new URL(`/track/${ids[0]}`, baseUrl).toString(), { waitUntil: 'domcontentloaded', timeout: remaining() });
    await tracking.locator(`[data-tracking-delivery="${ids[0]}"]`).waitFor({ timeout: remaining() });
    step('tracking page open');
    await awaitTrackingProgress(tracking);
    step('tracking page moves');

    // 4. The backend restarts under the open pages.
    const watchers = [dispatcher, lateViewer].map((page) => watchForDuplicates(page, ids));
    const seqBefore = await seqsOf(dispatcher, ids);
    console.log(JSON.stringify({ awaiting: 'backend-restart' }));
    await awaitFile(continueFile, 'backend-restart');
    for (const page of [dispatcher, lateViewer, tracking]) {
      await page.locator('[data-connection="open"]').first().waitFor({ timeout: remaining() });
    }
    // Each delivery goes on from where it was, on the page that watched it through the restart.
    await dispatcher.waitForFunction(
      ({ wanted, before }) => wanted.every((id) => {
        const row = document.querySelector(`[data-delivery-id="${id}"]`);
        return row && Number(row.getAttribute('data-seq') || -1) > before[id];
      }),
      { wanted: ids, before: seqBefore }, { timeout: remaining(), polling: 200 });

    step('moving again after the restart');
    // 5. The tracking page ends with "delivered"; finished deliveries leave the active list.
    await tracking.locator(`[data-tracking-delivery="${ids[0]}"] [data-status="delivered"]`).waitFor({ timeout: remaining() });
    await tracking.getByText('Delivered', { exact: false }).first().waitFor({ timeout: remaining() });
    if (screenshotDir) await tracking.screenshot({ path: join(screenshotDir, 'tracking.png') });
    await dispatcher.waitForFunction(
      (wanted) => wanted.every((id) => !document.querySelector(`[data-list="active"] [data-delivery-id="${id}"]`)),
      ids, { timeout: remaining(), polling: 500 });
    const recent = await dispatcher.evaluate(
      (wanted) => wanted.filter((id) => document.querySelector(`[data-list="recent"] [data-delivery-id="${id}"]`)).length, ids);
    const duplicates = (await Promise.all(watchers.map((stop) => stop()))).flat();
    if (duplicates.length > 0) throw new Error(`duplicates or backward steps: ${JSON.stringify(duplicates.slice(0, 10))}`);

    // 6. Portuguese.
    const portuguese = await open('/', 'pt-BR');
    await portuguese.locator('[data-connection="open"]').waitFor({ timeout: remaining() });
    const pt = await portuguese.evaluate(() => ({
      lang: document.documentElement.lang,
      connection: document.querySelector('[data-connection]')?.textContent?.trim() ?? '',
      english: document.body.innerText.includes('Active deliveries'),
    }));
    if (pt.lang !== 'pt-BR' || pt.connection !== 'Ao vivo' || pt.english) throw new Error(`not Portuguese: ${JSON.stringify(pt)}`);

    if (pageErrors.length > 0) throw new Error(`page errors: ${JSON.stringify(pageErrors)}`);
    return {
      ok: true, deliveryIds: ids, seqBefore, recentListed: recent,
      trackingSocket: socketUrls[0] ?? null, trackingSawDeliveries: [...framesFor], portuguese: pt,
    };
  } finally {
    await browser.close();
    await rm(profile, { recursive: true, force: true });
  }
}

// [lng, lat]: Battery Park up the west side, and South Street up the east side, of Manhattan.
const WEST_SIDE = [[-74.0166, 40.7046], [-74.0134, 40.7164], [-74.0102, 40.7283], [-74.0089, 40.7406],
  [-74.0052, 40.7518], [-73.9980, 40.7627], [-73.9898, 40.7740], [-73.9821, 40.7851], [-73.9745, 40.7966]];
const EAST_SIDE = [[-74.0087, 40.7037], [-73.9990, 40.7088], [-73.9780, 40.7116], [-73.9744, 40.7265],
  [-73.9714, 40.7399], [-73.9690, 40.7515], [-73.9616, 40.7622], [-73.9534, 40.7734], [-73.9459, 40.7835]];

async function createRoute(name, coordinates) {
  const response = await fetch(new URL('/api/routes', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: `E2E ${name} ${Date.now()}`, geometry: { type: 'LineString', coordinates } }),
  });
  if (response.status !== 201) throw new Error(`POST /api/routes answered ${response.status}: ${await response.text()}`);
  return (await response.json()).id;
}

/** Each entry's data-progress rises at least once (they all move). */
async function awaitProgressRises(page, ids, within) {
  const first = await page.waitForFunction(
    ({ wanted, within }) => {
      const progress = wanted.map((id) => document.querySelector(`${within} [data-delivery-id="${id}"]`)?.getAttribute('data-progress'));
      return progress.every((p) => p !== undefined && p !== null && p !== '') ? progress.map(Number) : null;
    },
    { wanted: ids, within }, { timeout: remaining(), polling: 200 });
  const start = await first.jsonValue();
  await page.waitForFunction(
    ({ wanted, within, start }) => wanted.every((id, i) => {
      const p = document.querySelector(`${within} [data-delivery-id="${id}"]`)?.getAttribute('data-progress');
      return p !== undefined && p !== null && Number(p) > start[i];
    }),
    { wanted: ids, within, start }, { timeout: remaining(), polling: 200 });
}

async function awaitTrackingProgress(page) {
  const read = () => page.evaluate(() => Number(document.querySelector('[data-tracking-delivery] [data-progress]')?.getAttribute('data-progress') ?? -1));
  const seen = new Set();
  while (Date.now() < deadline) {
    seen.add(await read());
    if ([...seen].filter((p) => p >= 0).length >= 3) return;
    await page.waitForTimeout(250);
  }
  throw new Error(`the tracking page's progress did not rise: ${JSON.stringify([...seen])}`);
}

async function seqsOf(page, ids) {
  return page.evaluate((wanted) => Object.fromEntries(wanted.map((id) => [
    id, Number(document.querySelector(`[data-delivery-id="${id}"]`)?.getAttribute('data-seq') || -1)])), ids);
}

/**
 * Polls the page until stopped: a delivery drawn more than once on the map, or an entry whose seq
 * went backwards, is recorded.
 */
function watchForDuplicates(page, ids) {
  const problems = [];
  const highest = {};
  let running = true;
  const loop = (async () => {
    while (running) {
      const state = await page.evaluate((wanted) => {
        // What the vehicle overlay drew last: each vehicle drawn on its own, once.
        const drawn = {};
        for (const id of window.codeDeliveryVehicles?.drawn().vehicles ?? []) {
          if (wanted.includes(id)) drawn[id] = (drawn[id] ?? 0) + 1;
        }
        const entries = {};
        for (const id of wanted) {
          entries[id] = [...document.querySelectorAll(`[data-list="active"] [data-delivery-id="${id}"]`)]
            .map((row) => Number(row.getAttribute('data-seq') || -1));
        }
        return { drawn, entries };
      }, ids).catch(() => null);
      if (state) {
        for (const [id, count] of Object.entries(state.drawn)) {
          if (count > 1) problems.push({ id, drawn: count });
        }
        for (const [id, seqs] of Object.entries(state.entries)) {
          if (seqs.length > 1) problems.push({ id, entries: seqs.length });
          const seq = seqs[0];
          if (seq !== undefined && seq >= 0) {
            if (highest[id] !== undefined && seq < highest[id]) problems.push({ id, seq, after: highest[id] });
            highest[id] = Math.max(highest[id] ?? -1, seq);
          }
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  })();
  return async () => {
    running = false;
    await loop;
    return problems;
  };
}

function deliveryIdsIn(payload) {
  try {
    const frame = JSON.parse(payload);
    const rows = frame.positions ?? [];
    const removed = frame.deliveries ?? [];
    return [...rows.map((row) => row[0]), ...removed.map((pair) => pair[0])];
  } catch {
    return [];
  }
}

async function awaitFile(path, word) {
  while (Date.now() < deadline) {
    const text = await readFile(path, 'utf8').catch(() => '');
    if (text.trim() === word) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`nobody wrote "${word}" to ${path} in time`);
}

runMain(main);
