// Browser benchmark: the real page (the built app, dispatcher's fleet page at `/`, panel open)
// in headless Chromium, fed N vehicles that all move every 0.5 s by a fake backend in this
// process; prints frames per second and main-thread time per update for each N. A benchmark,
// not a test: it exits 0 whatever the numbers, 1 only when the harness itself failed.
//
//   npm run bench:browser -- --vehicles 100,1000,5000,10000 --seconds 15
//   ./codedelivery bench --scenario browser --vehicles 1000 --seconds 10
//
// Method and the meaning of every column: docs/performance.md, section "Browser".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startBenchServer } from './bench-server.mjs';
import { syntheticRoutes } from './fleet.mjs';
import { installProbe, startFrames, stopFrames, vehiclesSeen } from './page-probe.mjs';
import { formatTable, parseArgs, summarise, targetVerdicts, USAGE } from './report.mjs';

const WEB = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const say = (line) => console.log(`[browser-bench] ${line}`);

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const distDir = options.dist ? resolve(options.dist) : join(WEB, 'dist');
  if (!options.dist) ensureBuilt(distDir, options.build);
  if (!existsSync(join(distDir, 'index.html'))) throw new Error(`${distDir}/index.html is missing: build the app first`);

  const routes = syntheticRoutes({ count: options.routes });
  const server = await startBenchServer({ distDir, routes, tickMs: options.tickMs });
  const browser = await chromium.launch({ executablePath: options.chromium, headless: true, args: [...chromiumArgs(), ...options.browserArgs] });
  const browserVersion = browser.version();
  say(`Chromium ${browserVersion} (${options.chromium}), node ${process.version}, ${cpus().length} cores, ` +
      `load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; serving ${distDir} at ${server.url}; ` +
      `${routes.length} synthetic routes; viewport ${options.viewport.width}x${options.viewport.height}`);
  const results = [];
  let ceiling;
  try {
    ceiling = await measureCeiling(browser, server, options);
    for (const vehicles of options.vehicles) {
      say(`${vehicles.toLocaleString('en-US')} vehicles: loading the page ...`);
      const result = await measure(browser, server, vehicles, options);
      results.push(result);
      say(`${vehicles.toLocaleString('en-US')} vehicles: ${result.fps.toFixed(1)} fps, ` +
          `${result.mainMsPerUpdate.toFixed(1)} ms main thread per update, ${result.seen.count} seen (${result.seen.via})`);
    }
  } finally {
    await browser.close();
    await server.close();
  }

  console.log('');
  console.log(formatTable(results));
  if (ceiling) {
    console.log(`ceiling: the map alone (routes, no vehicle) redrawing every frame reaches ${ceiling.fps.toFixed(1)} fps ` +
      `at ${options.viewport.width}x${options.viewport.height} in this browser on this machine now (WebGL: ${ceiling.renderer})`);
  }
  console.log('');
  for (const line of targetVerdicts(results)) console.log(line);
  if (options.json) {
    const file = resolve(options.json);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), options, browser: browserVersion, ceiling, results }, null, 2));
    say(`details in ${file}`);
  }
  return 0;
}

/** One step: a fresh browser context and page, the fleet of `vehicles`, warm-up, then the window. */
async function measure(browser, server, vehicles, options) {
  server.startFleet(vehicles);
  const context = await browser.newContext({ viewport: options.viewport });
  const pageErrors = [];
  try {
    await context.addInitScript(installProbe);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const loadStarted = Date.now();
    await page.goto(`${server.url}/`, { waitUntil: 'domcontentloaded' });
    const ready = await awaitVehicles(page, vehicles, options.readyTimeoutMs);
    const readyMs = Date.now() - loadStarted;
    if (ready.count === 0) say(`no vehicle found on the page after ${options.readyTimeoutMs / 1000} s; measuring timing only`);
    await page.waitForTimeout(options.warmupMs);

    // The server's counters are read right beside the metrics, so both cover the same wall-clock span.
    const before = { metrics: await metrics(cdp), server: server.counters(), at: performance.now() };
    const pageBefore = await page.evaluate(startFrames);
    await page.waitForTimeout(options.seconds * 1000);
    const pageAfter = await page.evaluate(stopFrames);
    const after = { metrics: await metrics(cdp), server: server.counters(), at: performance.now() };
    const seen = await page.evaluate(vehiclesSeen);
    return summarise({ vehicles, readyMs, ready, seen, before, after, pageBefore, pageAfter, pageErrors });
  } finally {
    server.stopFleet();
    await context.close();
  }
}

/**
 * What the browser can draw here at all: the page with no vehicle, the map told to redraw every frame
 * (`repaint`, through the `codeDeliveryMap` hook), counted like a step. With software WebGL this, not
 * the app, may bound the frame rate; null when the page has no map hook.
 */
async function measureCeiling(browser, server, options) {
  server.startFleet(0);
  const context = await browser.newContext({ viewport: options.viewport });
  try {
    await context.addInitScript(installProbe);
    const page = await context.newPage();
    await page.goto(`${server.url}/`, { waitUntil: 'domcontentloaded' });
    const loaded = await page.waitForFunction(() => window.codeDeliveryMap?.isStyleLoaded(), null, { timeout: 30_000 })
      .then(() => true, () => false);
    if (!loaded) return null;
    const renderer = await page.evaluate(() => {
      const gl = window.codeDeliveryMap.painter?.context?.gl ?? document.createElement('canvas').getContext('webgl2');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      return info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : 'unknown';
    });
    await page.evaluate(() => {
      window.codeDeliveryMap.repaint = true;
    });
    await page.waitForTimeout(1000);
    await page.evaluate(startFrames);
    await page.waitForTimeout(Math.min(5, options.seconds) * 1000);
    const frames = await page.evaluate(stopFrames);
    return { fps: (frames.stamps.length * 1000) / (frames.stoppedAt - frames.startedAt), renderer };
  } finally {
    server.stopFleet();
    await context.close();
  }
}

/** Waits until the page shows about every vehicle (90 %), or the same non-zero count for 5 s, or the timeout. */
async function awaitVehicles(page, vehicles, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let last = { count: 0, via: 'nothing found' };
  let steadySince = Date.now();
  while (Date.now() < deadline) {
    const seen = await page.evaluate(vehiclesSeen).catch(() => last);
    if (seen.count !== last.count) steadySince = Date.now();
    last = seen;
    if (seen.count >= vehicles * 0.9 || (seen.count > 0 && Date.now() - steadySince >= 5000)) return seen;
    await page.waitForTimeout(250);
  }
  return last;
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** The end-to-end tests' flags, plus: no name but loopback resolves (map tiles fail at once, offline), no background throttling. */
function chromiumArgs() {
  return [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows',
  ];
}

/** Builds dist/ with `npm run build` when it is missing or older than the app's sources; `--no-build` takes it as it is. */
function ensureBuilt(distDir, build) {
  const index = join(distDir, 'index.html');
  const inputs = ['src', 'index.html', 'package.json', 'package-lock.json', 'vite.config.ts', 'tsconfig.app.json'];
  const builtAt = existsSync(index) ? statSync(index).mtimeMs : 0;
  const stale = inputs.map((p) => join(WEB, p)).find((p) => newerThan(p, builtAt));
  if (!stale) return;
  if (!build) {
    say(`warning: ${existsSync(index) ? `dist/ is older than ${stale}` : 'dist/ is missing'}; measuring it as it is (--no-build)`);
    return;
  }
  say(`building the web app (npm run build): ${existsSync(index) ? `${stale} is newer than dist/` : 'dist/ is missing'} ...`);
  for (const [command, args] of [['node', ['scripts/npm-ci-if-needed.mjs']], ['npm', ['run', 'build']]]) {
    const run = spawnSync(command, args, { cwd: WEB, encoding: 'utf8' });
    if (run.status !== 0) {
      process.stderr.write(`${run.stdout ?? ''}${run.stderr ?? ''}`.split('\n').slice(-30).join('\n'));
      throw new Error(`${command} ${args.join(' ')} failed; --no-build measures the dist/ that is there`);
    }
  }
}

function newerThan(path, time) {
  if (!existsSync(path)) return false;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs > time;
  return readdirSync(path).some((name) => newerThan(join(path, name), time));
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[browser-bench] failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
