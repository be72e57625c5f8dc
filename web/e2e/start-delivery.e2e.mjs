// End-to-end check in a real browser: start a delivery and watch its vehicle move.
//
//   BASE_URL=http://127.0.0.1:8080 [SCREENSHOT=/tmp/e2e.png] [TIMEOUT_MS=60000] \
//     [UNTIL_DELIVERED=1] node e2e/start-delivery.e2e.mjs
//
// With UNTIL_DELIVERED=1 it goes on until the app shows the delivery as delivered.
//
// Drives Debian's /usr/bin/chromium (see ensure-chromium.sh) through playwright-core.
// Reads the vehicles drawn through the test/debug hook `window.codeDeliveryVehicles`. Prints one JSON
// line; exits 0 on success, 1 on failure.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { args, executablePath, runMain } from './support/chromium.mjs';
import { awaitRoutes } from './support/live-map.mjs';

const baseUrl = process.env.BASE_URL;
const screenshot = process.env.SCREENSHOT;
const timeoutMs = Number(process.env.TIMEOUT_MS ?? 60_000);
const untilDelivered = process.env.UNTIL_DELIVERED === '1';

async function main() {
  if (!baseUrl) throw new Error('BASE_URL is not set (e.g. http://127.0.0.1:8080)');
  const deadline = Date.now() + timeoutMs;
  const remaining = () => Math.max(1, deadline - Date.now());
  const profile = await mkdtemp(join(tmpdir(), 'codedelivery-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath, args, headless: true, viewport: { width: 1280, height: 800 },
  });
  const pageErrors = [];
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(baseUrl, { waitUntil: 'domcontentloaded', timeout: remaining() });

    const select = page.locator('select[name="route"]');
    await awaitRoutes(page, remaining());
    const routeId = await select.locator('option').first().getAttribute('value');
    await select.selectOption(routeId);
    await page.waitForFunction(() => Boolean(window.codeDeliveryMap && window.codeDeliveryVehicles), null, { timeout: remaining() });

    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/deliveries') && r.request().method() === 'POST', { timeout: remaining() }),
      page.getByRole('button', { name: 'Start' }).click({ timeout: remaining() }),
    ]);
    if (response.status() !== 201) throw new Error(`POST /api/deliveries answered ${response.status()}: ${await response.text()}`);
    const delivery = await response.json();

    // Poll what the map has rendered for this delivery's vehicle until it moved twice.
    const seen = [];
    let lastSeq = null;
    while (Date.now() < deadline) {
      const state = await page.evaluate((id) => {
        // Where the vehicle overlay draws it now (lib/map/vehicle-canvas).
        const drawn = window.codeDeliveryVehicles?.drawn().vehicles.includes(id);
        const row = document.querySelector(`[data-delivery-id="${id}"]`);
        return {
          coordinates: drawn ? window.codeDeliveryVehicles.position(id) : null,
          seq: row?.getAttribute('data-seq') ?? null,
          status: row?.getAttribute('data-status') ?? null,
        };
      }, delivery.id);
      lastSeq = state.seq;
      const key = state.coordinates && state.coordinates.map((c) => c.toFixed(6)).join(',');
      if (key && seen[seen.length - 1] !== key) seen.push(key);
      if (seen.length >= 3) {
        if (screenshot) await page.screenshot({ path: screenshot });
        const delivered = untilDelivered ? await awaitDelivered(page, delivery.id, remaining()) : null;
        return {
          ok: true, deliveryId: delivery.id, routeId, positionsSeen: seen.length, seq: state.seq,
          status: delivered?.status ?? state.status, notice: delivered?.notice ?? null,
          tookMs: timeoutMs - (deadline - Date.now()), screenshot: screenshot ?? null,
        };
      }
      await page.waitForTimeout(200);
    }
    if (screenshot) await page.screenshot({ path: screenshot }).catch(() => {});
    throw new Error(
      `vehicle of delivery ${delivery.id} was rendered at ${seen.length} distinct position(s) within ${timeoutMs} ms ` +
        `(need 3; last list seq ${lastSeq}); page errors: ${JSON.stringify(pageErrors)}`,
    );
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

async function awaitDelivered(page, id, timeout) {
  const row = page.locator(`[data-delivery-id="${id}"][data-status="delivered"]`);
  await row.waitFor({ state: 'attached', timeout });
  const notice = page.getByText(`Delivery ${id.slice(0, 8)} delivered`);
  await notice.first().waitFor({ state: 'visible', timeout });
  if (screenshot) await page.screenshot({ path: screenshot.replace(/\.png$/, '') + '-delivered.png' });
  return { status: 'delivered', notice: await notice.first().textContent() };
}

runMain(main);
