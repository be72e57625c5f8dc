// The browser benchmark's options, its arithmetic and its table: plain functions, no browser.

export const USAGE = `usage: npm run bench:browser -- [options]     (or ./codedelivery bench --scenario browser [options])

  --vehicles 100,1000,5000,10000   fleet sizes, one step each, a fresh page per step
  --seconds 15                     measuring window per step
  --warmup 3                       seconds between the page showing the fleet and the window
  --routes 50                      synthetic routes the vehicles are spread over
  --tick 500                       milliseconds between position updates
  --viewport 1280x800              the page's size
  --ready-timeout 60               seconds to wait for the page to show the fleet
  --json FILE                      also write every number to FILE
  --no-build                       measure dist/ as it is, even when older than src/
  --dist DIR                       serve another build (implies --no-build)
  --chromium PATH                  the browser (default $CHROMIUM or /usr/bin/chromium)
  --browser-arg ARG                one more Chromium flag (repeatable), e.g. --browser-arg=--enable-unsafe-swiftshader

Method and columns: docs/performance.md, section "Browser".`;

/** Frames per second each fleet size must reach, in headless Chromium on this machine (the targets). */
export const TARGETS = [
  { vehicles: 1000, fps: 50 },
  { vehicles: 10000, fps: 25 },
];

export function parseArgs(argv) {
  const options = {
    vehicles: [100, 1000, 5000, 10000], seconds: 15, warmupMs: 3000, routes: 50, tickMs: 500,
    viewport: { width: 1280, height: 800 }, readyTimeoutMs: 60_000, json: null, build: true, dist: null,
    chromium: process.env.CHROMIUM ?? '/usr/bin/chromium', browserArgs: [], help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i];
    if (name.startsWith('--browser-arg=')) {
      options.browserArgs.push(name.slice('--browser-arg='.length));
      continue;
    }
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${name} needs a value`);
      return next;
    };
    switch (name) {
      case '--vehicles': options.vehicles = value().split(',').map((n) => positive(name, n.replace(/_/g, ''))); break;
      case '--seconds': options.seconds = positive(name, value()); break;
      case '--warmup': options.warmupMs = nonNegative(name, value()) * 1000; break;
      case '--routes': options.routes = positive(name, value()); break;
      case '--tick': options.tickMs = positive(name, value()); break;
      case '--ready-timeout': options.readyTimeoutMs = positive(name, value()) * 1000; break;
      case '--json': options.json = value(); break;
      case '--no-build': options.build = false; break;
      case '--dist': options.dist = value(); options.build = false; break;
      case '--chromium': options.chromium = value(); break;
      case '--browser-arg': options.browserArgs.push(value()); break;
      case '--viewport': {
        const match = /^(\d+)x(\d+)$/.exec(value());
        if (!match) throw new Error('--viewport must look like 1280x800');
        options.viewport = { width: Number(match[1]), height: Number(match[2]) };
        break;
      }
      case '--help': case '-h': options.help = true; break;
      default: throw new Error(`unknown option ${name}\n${USAGE}`);
    }
  }
  return options;
}

function positive(name, text) {
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, was "${text}"`);
  return n;
}

function nonNegative(name, text) {
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a number of 0 or more, was "${text}"`);
  return n;
}

/** The nearest-rank percentile of `values` (p in 0..100); NaN when empty. */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * One step's numbers from what was read at the window's start and end: CDP `Performance.getMetrics`
 * (`before.metrics`, `after.metrics`, seconds), the fake server's counters, and the page probe.
 */
export function summarise({ vehicles, readyMs, ready, seen, before, after, pageBefore, pageAfter, pageErrors }) {
  const windowMs = pageAfter.stoppedAt - pageAfter.startedAt;
  const updates = after.server.positionsFramesSent - before.server.positionsFramesSent;
  const delta = (name) => ((after.metrics[name] ?? 0) - (before.metrics[name] ?? 0)) * 1000; // s -> ms
  const perUpdate = (ms) => (updates > 0 ? ms / updates : NaN);
  const intervals = pageAfter.stamps.slice(1).map((t, i) => t - pageAfter.stamps[i]);
  const taskMs = delta('TaskDuration');
  const spanMs = after.at - before.at; // what the metrics and the server's counters cover
  return {
    vehicles,
    readyMs,
    ready,
    seen,
    windowMs,
    updates,
    framesSent: after.server.framesSent - before.server.framesSent,
    framesReceived: pageAfter.messages - pageBefore.messages,
    kbPerUpdate: updates > 0 ? (after.server.bytesSent - before.server.bytesSent) / 1024 / updates : NaN,
    arrivals: after.server.arrivals - before.server.arrivals,
    fps: (pageAfter.stamps.length * 1000) / windowMs,
    mapRendersPerSecond: pageAfter.mapRenders === null ? NaN : (pageAfter.mapRenders * 1000) / windowMs,
    frameP50Ms: percentile(intervals, 50),
    frameP95Ms: percentile(intervals, 95),
    frameMaxMs: intervals.length ? Math.max(...intervals) : NaN,
    mainMsPerUpdate: perUpdate(taskMs),
    mainCpuMsPerUpdate: perUpdate(delta('ThreadTime')),
    rendererCpuMsPerUpdate: perUpdate(delta('ProcessTime')),
    scriptMsPerUpdate: perUpdate(delta('ScriptDuration')),
    styleLayoutMsPerUpdate: perUpdate(delta('RecalcStyleDuration') + delta('LayoutDuration')),
    handlerMsPerUpdate: perUpdate(pageAfter.handlerMs - pageBefore.handlerMs),
    mainBusyPercent: (taskMs / spanMs) * 100,
    longTasks: pageAfter.longTasks.length,
    longTaskMs: pageAfter.longTasks.reduce((sum, [, duration]) => sum + duration, 0),
    heapMb: (after.metrics.JSHeapUsedSize ?? NaN) / 1024 / 1024,
    domNodes: after.metrics.Nodes ?? NaN,
    serverLateTicks: after.server.lateTicks - before.server.lateTicks,
    serverMsPerTick: (after.server.tickWorkMs - before.server.tickWorkMs) / Math.max(1, after.server.ticks - before.server.ticks),
    serverMaxBacklogKb: after.server.maxBacklogBytes / 1024,
    pageErrors,
  };
}

const COLUMNS = [
  ['vehicles', (r) => r.vehicles.toLocaleString('en-US')],
  ['seen', (r) => r.seen.count.toLocaleString('en-US')],
  ['updates', (r) => String(r.updates)],
  ['frames read/sent', (r) => `${r.framesReceived}/${r.framesSent}`],
  ['fps', (r) => fixed(r.fps, 1)],
  ['map draws/s', (r) => fixed(r.mapRendersPerSecond, 1)],
  ['frame p50 ms', (r) => fixed(r.frameP50Ms, 1)],
  ['frame p95 ms', (r) => fixed(r.frameP95Ms, 1)],
  ['main ms/update', (r) => fixed(r.mainMsPerUpdate, 1)],
  ['main CPU ms/update', (r) => fixed(r.mainCpuMsPerUpdate, 1)],
  ['renderer CPU ms/update', (r) => fixed(r.rendererCpuMsPerUpdate, 1)],
  ['script ms/update', (r) => fixed(r.scriptMsPerUpdate, 1)],
  ['onmessage ms', (r) => fixed(r.handlerMsPerUpdate, 2)],
  ['main busy %', (r) => fixed(r.mainBusyPercent, 0)],
  ['long tasks', (r) => `${r.longTasks} / ${fixed(r.longTaskMs, 0)} ms`],
  ['heap MB', (r) => fixed(r.heapMb, 1)],
  ['ready s', (r) => fixed(r.readyMs / 1000, 1)],
];

function fixed(n, digits) {
  return Number.isFinite(n) ? n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : '-';
}

/** The results as a plain-text table, one row per fleet size. */
export function formatTable(results) {
  const cells = results.map((r) => COLUMNS.map(([, cell]) => cell(r)));
  const widths = COLUMNS.map(([title], c) => Math.max(title.length, ...cells.map((row) => row[c].length)));
  const line = (row) => row.map((cell, c) => cell.padStart(widths[c])).join('  ');
  const rows = [line(COLUMNS.map(([title]) => title)), '-'.repeat(line(COLUMNS.map(([t]) => t)).length), ...cells.map(line)];
  const notes = results.filter((r) => r.pageErrors.length > 0)
    .map((r) => `page errors at ${r.vehicles.toLocaleString('en-US')}: ${r.pageErrors.slice(0, 3).join(' | ')}`);
  // The page's window is a little shorter than the span the server's count covers: a frame or two is no lag.
  const behind = results.filter((r) => r.framesSent - r.framesReceived > Math.max(2, r.framesSent * 0.1)).map((r) =>
    `fell behind at ${r.vehicles.toLocaleString('en-US')}: the page read ${r.framesReceived} of ${r.framesSent} frames; ` +
    `up to ${fixed(r.serverMaxBacklogKb / 1024, 1)} MB waited unread in the socket`);
  notes.push(...behind);
  const counted = [...new Set(results.map((r) => r.seen.via))];
  return [...rows, '', `vehicles seen by: ${counted.join('; ')}`, ...notes].join('\n');
}

/** One line per target: PASS, FAIL or not measured (a benchmark reports, it does not fail). */
export function targetVerdicts(results) {
  return TARGETS.map(({ vehicles, fps }) => {
    const result = results.find((r) => r.vehicles === vehicles);
    const goal = `target: ${vehicles.toLocaleString('en-US')} vehicles at >= ${fps} fps with the panel open`;
    if (!result) return `${goal}: not measured (add ${vehicles} to --vehicles)`;
    return `${goal}: ${result.fps >= fps ? 'PASS' : 'FAIL'} (${fixed(result.fps, 1)} fps)`;
  });
}
