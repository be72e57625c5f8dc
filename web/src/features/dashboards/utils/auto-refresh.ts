/**
 * Refreshes by a timer without ever overlapping: the next load is scheduled `intervalMs`
 * after the previous one settled (a slow answer delays the next request rather than
 * doubling up). `refreshNow` (a new range, the Refresh button) aborts the load in flight
 * and starts at once. Plain timers, so tests drive it with fake ones.
 */
export interface AutoRefreshOptions {
  load: (signal: AbortSignal) => Promise<unknown>;
  intervalMs: number;
  enabled: boolean;
}

export interface AutoRefresh {
  /** Aborts the load in flight, if any, and loads now. */
  refreshNow(): void;
  /** Off: no more timed loads (one in flight finishes). On: loads now unless one is in flight. */
  setEnabled(enabled: boolean): void;
  /** Aborts the load in flight and stops the timer for good. */
  dispose(): void;
  readonly loading: boolean;
}

export function createAutoRefresh({ load, intervalMs, enabled: initiallyEnabled }: AutoRefreshOptions): AutoRefresh {
  let enabled = initiallyEnabled;
  let disposed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: AbortController | null = null;

  const clearTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  const schedule = () => {
    clearTimer();
    if (enabled && !disposed && !inFlight) timer = setTimeout(run, intervalMs);
  };

  function run() {
    if (disposed) return;
    clearTimer();
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    let settled: Promise<unknown>;
    try {
      settled = Promise.resolve(load(controller.signal));
    } catch (error) {
      settled = Promise.reject(error);
    }
    settled
      .catch(() => undefined) // the loader reports its own failures; the timer goes on
      .finally(() => {
        if (inFlight !== controller) return; // superseded or disposed
        inFlight = null;
        schedule();
      });
  }

  return {
    refreshNow: run,
    setEnabled(value) {
      if (value === enabled) return;
      enabled = value;
      if (!enabled) clearTimer();
      else if (!inFlight) run();
    },
    dispose() {
      disposed = true;
      clearTimer();
      inFlight?.abort();
      inFlight = null;
    },
    get loading() {
      return inFlight !== null;
    },
  };
}
