// The browser benchmark's stand-in for the backend, in one node process: the built app (dist/,
// with the single-page fallback to index.html), GET /api/config, GET /api/routes (synthetic
// routes) and /ws speaking viewer protocol v1 for a fleet of N vehicles that all move every tick.
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { Fleet } from './fleet.mjs';
import { accept } from './websocket.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * Starts the server on a free loopback port. `routes`: RouteView JSON objects. Returns
 * `{ url, startFleet(size), stopFleet(), counters(), close() }`; no fleet runs until `startFleet`.
 */
export async function startBenchServer({ distDir, routes, tickMs = 500 }) {
  const routesJson = JSON.stringify(routes);
  const viewers = new Set();
  let fleet = null;
  let timer = null;
  let counters = emptyCounters();

  const server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain' });
      response.end(String(error));
    });
  });

  async function handle(request, response) {
    const path = new URL(request.url ?? '/', 'http://bench').pathname;
    if (path === '/api/config') return json(response, 200, '{"mapStyleUrl":null}');
    if (path === '/api/routes') return json(response, 200, routesJson);
    if (path.startsWith('/api/routes/')) {
      const route = routes.find((r) => r.id === decodeURIComponent(path.slice('/api/routes/'.length)));
      return route ? json(response, 200, JSON.stringify(route)) : problem(response, 404, 'Not found', path);
    }
    if (path.startsWith('/api/') || path === '/ws') return problem(response, 404, 'Not found', path);
    return serveStatic(distDir, path, response);
  }

  server.on('upgrade', (request, socket) => {
    if (new URL(request.url ?? '/', 'http://bench').pathname !== '/ws') {
      socket.end('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const viewer = accept(request, socket, {
      // A subscribe (of any scope) is answered with the fleet's snapshot: the page only asks for the fleet.
      onText: (text) => {
        if (text.includes('"subscribe"') && fleet) send(viewer, fleet.snapshotFrame());
      },
      onClose: () => viewers.delete(viewer),
    });
    if (!viewer) return;
    viewers.add(viewer);
    counters.connections += 1;
    if (fleet) send(viewer, fleet.snapshotFrame());
  });

  function send(viewer, text) {
    viewer.sendText(text);
    counters.framesSent += 1;
    counters.bytesSent += text.length;
    counters.maxBacklogBytes = Math.max(counters.maxBacklogBytes, viewer.backlogBytes);
  }

  /** One tick: build the frames once, send them to every viewer; a late timer catches up on its schedule. */
  function tick() {
    const started = performance.now();
    const frames = fleet.tick(Date.now());
    for (const viewer of viewers) {
      send(viewer, frames.positions);
      if (frames.removed) send(viewer, frames.removed);
    }
    counters.ticks += 1;
    counters.positionsFramesSent += viewers.size;
    counters.rowsSent += frames.rows * viewers.size;
    counters.arrivals += frames.arrivals;
    counters.tickWorkMs += performance.now() - started;
  }

  function schedule(next) {
    timer = setTimeout(() => {
      if (!fleet) return;
      tick();
      const now = performance.now();
      let following = next + tickMs;
      if (following < now) {
        counters.lateTicks += 1;
        following = now + tickMs;
      }
      schedule(following);
    }, Math.max(0, next - performance.now()));
  }

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();

  return {
    url: `http://127.0.0.1:${port}`,
    /** Replaces the fleet with `size` vehicles; open sockets are closed so the next page starts afresh. */
    startFleet(size) {
      this.stopFleet();
      fleet = new Fleet(routes, size);
      counters = emptyCounters();
      schedule(performance.now() + tickMs);
    },
    stopFleet() {
      clearTimeout(timer);
      timer = null;
      fleet = null;
      for (const viewer of viewers) viewer.close(1001, 'bench step over');
      viewers.clear();
    },
    /** A copy of what was sent since the fleet started (counts are cumulative; subtract two copies for a window). */
    counters: () => ({ ...counters, viewers: viewers.size }),
    close() {
      this.stopFleet();
      server.closeAllConnections?.();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function emptyCounters() {
  return {
    connections: 0, ticks: 0, lateTicks: 0, framesSent: 0, positionsFramesSent: 0, rowsSent: 0, arrivals: 0,
    bytesSent: 0, maxBacklogBytes: 0, tickWorkMs: 0,
  };
}

function json(response, status, body) {
  response.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  response.end(body);
}

function problem(response, status, title, instance) {
  response.writeHead(status, { 'Content-Type': 'application/problem+json' });
  response.end(JSON.stringify({ title, status, instance }));
}

/** A file of dist/, or index.html for any path that is not one (the app routes in the browser). */
async function serveStatic(distDir, path, response) {
  const relative = normalize(decodeURIComponent(path)).replace(/^([/\\])+/, '');
  let file = join(distDir, relative);
  if (!file.startsWith(distDir + sep) && file !== distDir) file = join(distDir, 'index.html');
  const info = await stat(file).catch(() => null);
  if (!info || !info.isFile()) file = join(distDir, 'index.html');
  const body = await readFile(file);
  response.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': body.length,
    'Cache-Control': 'no-store',
  });
  response.end(body);
}
