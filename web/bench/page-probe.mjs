// What the benchmark runs inside the page. Every function here is serialised by Playwright and
// run in the browser: no closures over this module, no imports.

/**
 * Installed before the app's scripts (an init script): counts the tracking socket's messages and
 * times the app's `onmessage` handler, and records long tasks (over 50 ms) with their start time.
 * Everything is cumulative; the bench reads it at the window's start and end.
 */
export function installProbe() {
  const probe = { messages: 0, messageChars: 0, handlerMs: 0, longTasks: [], frames: null };
  window.__codeDeliveryBench = probe;

  const timed = (handler) =>
    function onBenchMessage(event) {
      const started = performance.now();
      try {
        return handler.call(this, event);
      } finally {
        probe.messages += 1;
        probe.messageChars += typeof event.data === 'string' ? event.data.length : 0;
        probe.handlerMs += performance.now() - started;
      }
    };
  const proto = window.WebSocket.prototype;
  const onmessage = Object.getOwnPropertyDescriptor(proto, 'onmessage');
  const wrapped = new WeakMap();
  Object.defineProperty(proto, 'onmessage', {
    configurable: true,
    enumerable: onmessage.enumerable,
    get() {
      return wrapped.get(this) ?? null;
    },
    set(handler) {
      wrapped.set(this, handler);
      onmessage.set.call(this, typeof handler === 'function' ? timed(handler) : handler);
    },
  });
  const addEventListener = proto.addEventListener;
  proto.addEventListener = function (type, listener, options) {
    if (type === 'message' && typeof listener === 'function') {
      if (!listener.__benchTimed) listener.__benchTimed = timed(listener);
      return addEventListener.call(this, type, listener.__benchTimed, options);
    }
    return addEventListener.call(this, type, listener, options);
  };
  const removeEventListener = proto.removeEventListener;
  proto.removeEventListener = function (type, listener, options) {
    return removeEventListener.call(this, type, listener?.__benchTimed ?? listener, options);
  };

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long task timing in this browser: the column stays empty
  }
}

/** Starts counting animation frames: one requestAnimationFrame callback after another. */
export function startFrames() {
  const probe = window.__codeDeliveryBench;
  const frames = { startedAt: performance.now(), stamps: [], running: true, mapRenders: 0, onRender: null, map: null };
  probe.frames = frames;
  // The live map's redraws, through its test/debug hook when the page has one.
  const map = window.codeDeliveryMap;
  if (map && typeof map.on === 'function') {
    frames.map = map;
    frames.onRender = () => {
      frames.mapRenders += 1;
    };
    map.on('render', frames.onRender);
  }
  const onFrame = (time) => {
    if (!frames.running) return;
    frames.stamps.push(time);
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
  return { messages: probe.messages, messageChars: probe.messageChars, handlerMs: probe.handlerMs };
}

/** Stops counting; returns the frames' timestamps, the window in page time and the socket counters. */
export function stopFrames() {
  const probe = window.__codeDeliveryBench;
  const frames = probe.frames;
  frames.running = false;
  const stoppedAt = performance.now();
  if (frames.map) frames.map.off('render', frames.onRender);
  const longTasks = probe.longTasks.filter(([start]) => start >= frames.startedAt && start < stoppedAt);
  return {
    startedAt: frames.startedAt,
    stoppedAt,
    stamps: frames.stamps,
    mapRenders: frames.map ? frames.mapRenders : null,
    longTasks,
    messages: probe.messages,
    messageChars: probe.messageChars,
    handlerMs: probe.handlerMs,
  };
}

/**
 * How many vehicles the page shows, by the best means it offers: a `window.codeDeliveryFleetStats`
 * hook (an object or a function giving `{ vehicles }`), the panel's `[data-delivery-id]` entries
 * plus an "and N more" line, or the features rendered in any map layer whose id mentions
 * "vehicle". Returns the largest count and how it was found.
 */
export function vehiclesSeen() {
  const found = [];
  const hook = window.codeDeliveryFleetStats;
  const stats = typeof hook === 'function' ? hook() : hook;
  if (stats && typeof stats === 'object') {
    const count = [stats.vehicles, stats.vehicleCount, stats.count].find((n) => typeof n === 'number');
    if (count !== undefined) found.push({ count, via: 'codeDeliveryFleetStats' });
  }
  const rows = new Set([...document.querySelectorAll('[data-delivery-id]')].map((e) => e.getAttribute('data-delivery-id')));
  if (rows.size > 0) {
    const more = /and ([\d,.\s]+) more/.exec(document.body.innerText);
    const hidden = more ? Number(more[1].replace(/[^\d]/g, '')) : 0;
    found.push({ count: rows.size + hidden, via: hidden ? 'panel entries + "and N more"' : 'panel entries' });
  }
  const map = window.codeDeliveryMap;
  try {
    const layers = (map?.getStyle()?.layers ?? []).map((l) => l.id).filter((id) => /vehicle/i.test(id));
    if (layers.length > 0) {
      const features = map.queryRenderedFeatures({ layers });
      const ids = new Set(features.map((f) => f.properties?.deliveryId ?? f.id ?? JSON.stringify(f.geometry)));
      found.push({ count: ids.size, via: `map layer ${layers.join('+')} (rendered)` });
    }
  } catch {
    // the map is not ready yet
  }
  if (found.length === 0) return { count: 0, via: 'nothing found' };
  return found.reduce((best, next) => (next.count > best.count ? next : best));
}
