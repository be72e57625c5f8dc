// End-to-end check in a real browser: the dashboards page fills every panel from the backend.
//
//   BASE_URL=http://127.0.0.1:8080 [SCREENSHOT=/tmp/dashboards.png] [TIMEOUT_MS=60000] \
//     [WATCH=0] node e2e/dashboards.e2e.mjs
//
// First opens the live map (BASE_URL/) in a tab that stays open, so at least one browser is
// watching and the viewers dashboard has something to show (WATCH=0 skips that). Then opens
// BASE_URL/dashboards (a hard load: the server must answer it with the app) and polls
// until all six `[data-dashboard]` containers (deliveries, viewers, trails, top-routes,
// per-route, active) say data-filled="true", then takes a full-page screenshot. Drives
// Debian's /usr/bin/chromium (see ensure-chromium.sh) through playwright-core. Prints one
// JSON line; exits 0 on success, 1 on failure (with the reason and what was filled so far).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { args, executablePath } from './support/chromium.mjs';

const DASHBOARDS = ['deliveries', 'viewers', 'trails', 'top-routes', 'per-route', 'active'];

const baseUrl = process.env.BASE_URL;
const screenshot = process.env.SCREENSHOT;
const timeoutMs = Number(process.env.TIMEOUT_MS ?? 60_000);
const watch = process.env.WATCH !== '0';

/** What the page shows now; runs in the browser. */
function readPage(ids) {
  const filled = {};
  for (const id of ids) filled[id] = document.querySelector(`[data-dashboard="${id}"]`)?.getAttribute('data-filled') === 'true';
  const map = window.codeDeliveryTrailsMap;
  const renderedTrails = () => {
    try {
      return map?.getLayer('trails') ? map.queryRenderedFeatures({ layers: ['trails'] }).length : null;
    } catch {
      return null;
    }
  };
  return {
    filled,
    activeText: document.querySelector('[data-dashboard="active"] [data-active-count]')?.textContent?.trim() ?? null,
    notice: document.querySelector('[data-dashboard-notice]')?.textContent?.trim() ?? null,
    trailLines: renderedTrails(),
  };
}

class Failure extends Error {
  constructor(reason, state) {
    super(reason);
    this.state = state;
  }
}

async function main() {
  if (!baseUrl) throw new Error('BASE_URL is not set (e.g. http://127.0.0.1:8080)');
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new Error(`TIMEOUT_MS must be a positive number, got "${process.env.TIMEOUT_MS}"`);
  const started = Date.now();
  const deadline = started + timeoutMs;
  const remaining = () => Math.max(1, deadline - Date.now());
  const profile = await mkdtemp(join(tmpdir(), 'codedelivery-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath, args, headless: true, viewport: { width: 1280, height: 900 },
  });
  const pageErrors = [];
  let state = null;
  try {
    if (watch) {
      const viewer = context.pages()[0] ?? (await context.newPage());
      await viewer.goto(new URL('/', baseUrl).href, { waitUntil: 'domcontentloaded', timeout: remaining() });
    }
    const page = watch ? await context.newPage() : (context.pages()[0] ?? (await context.newPage()));
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const url = new URL('/dashboards', baseUrl).href;
    const response = await page.goto(url, { waitUntil: 'domcontentloaded', timeout: remaining() });
    if (!response || !response.ok()) {
      throw new Failure(`GET ${url} answered ${response ? response.status() : 'nothing'}`, null);
    }
    try {
      await page.waitForFunction(
        (ids) => ids.every((id) => document.querySelector(`[data-dashboard="${id}"]`)?.getAttribute('data-filled') === 'true'),
        DASHBOARDS,
        { timeout: remaining(), polling: 250 },
      );
    } catch (error) {
      state = await page.evaluate(readPage, DASHBOARDS).catch(() => null);
      if (screenshot) await page.screenshot({ path: screenshot, fullPage: true }).catch(() => {});
      const missing = state ? DASHBOARDS.filter((id) => !state.filled[id]) : DASHBOARDS;
      throw new Failure(
        `not every dashboard was filled within ${timeoutMs} ms (missing: ${missing.join(', ')})` +
          (state?.notice ? `; notice: ${state.notice}` : '') +
          (pageErrors.length ? `; page errors: ${JSON.stringify(pageErrors)}` : '') +
          (error instanceof Error && error.name !== 'TimeoutError' ? `; ${error.message}` : ''),
        state,
      );
    }
    // The trails are in the map's source; let the map draw them (and finish fitting) before the picture.
    await page
      .waitForFunction(
        () => {
          const map = window.codeDeliveryTrailsMap;
          return Boolean(map && map.loaded() && !map.isMoving() && map.queryRenderedFeatures({ layers: ['trails'] }).length > 0);
        },
        null,
        { timeout: Math.min(remaining(), 10_000), polling: 250 },
      )
      .catch(() => {}); // reported as trailLines
    state = await page.evaluate(readPage, DASHBOARDS);
    if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
    return {
      ok: true, filled: state.filled, activeText: state.activeText, trailLines: state.trailLines,
      tookMs: Date.now() - started, screenshot: screenshot ?? null,
    };
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

main().then(
  (summary) => {
    console.log(JSON.stringify(summary));
    process.exit(0);
  },
  (error) => {
    const state = error instanceof Failure ? error.state : null;
    console.log(JSON.stringify({
      ok: false,
      reason: error instanceof Error ? error.message : String(error),
      filled: state?.filled ?? Object.fromEntries(DASHBOARDS.map((id) => [id, false])),
      activeText: state?.activeText ?? null,
      notice: state?.notice ?? null,
      screenshot: screenshot ?? null,
    }));
    process.exit(1);
  },
);
