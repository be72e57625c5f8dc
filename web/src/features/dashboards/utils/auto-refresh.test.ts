import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutoRefresh } from './auto-refresh';

/** A load whose answers the test releases one by one. */
function controllableLoad() {
  const pending: { resolve: () => void; reject: (e: unknown) => void; signal: AbortSignal }[] = [];
  const load = vi.fn(
    (signal: AbortSignal) =>
      new Promise<void>((resolve, reject) => {
        pending.push({ resolve, reject, signal });
      }),
  );
  return { load, pending };
}

/** Lets the settled promise's handlers run. */
const flush = () => vi.advanceTimersByTimeAsync(0);

describe('auto refresh', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('loads at once, then every interval after the previous answer', async () => {
    const { load, pending } = controllableLoad();
    const refresher = createAutoRefresh({ load, intervalMs: 10_000, enabled: true });
    refresher.refreshNow();
    expect(load).toHaveBeenCalledTimes(1);
    pending[0]?.resolve();
    await flush();

    await vi.advanceTimersByTimeAsync(9_999);
    expect(load).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(load).toHaveBeenCalledTimes(2);
    refresher.dispose();
  });

  it('never overlaps: a slow answer delays the next request', async () => {
    const { load, pending } = controllableLoad();
    const refresher = createAutoRefresh({ load, intervalMs: 10_000, enabled: true });
    refresher.refreshNow();
    await vi.advanceTimersByTimeAsync(60_000); // no answer yet
    expect(load).toHaveBeenCalledTimes(1);
    expect(refresher.loading).toBe(true);

    pending[0]?.resolve();
    await flush();
    expect(refresher.loading).toBe(false);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(load).toHaveBeenCalledTimes(2);
    refresher.dispose();
  });

  it('keeps refreshing after a failed load', async () => {
    const { load, pending } = controllableLoad();
    const refresher = createAutoRefresh({ load, intervalMs: 10_000, enabled: true });
    refresher.refreshNow();
    pending[0]?.reject(new Error('503'));
    await flush();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(load).toHaveBeenCalledTimes(2);
    refresher.dispose();
  });

  it('does not refresh by itself when disabled, and refreshes at once when enabled', async () => {
    const { load, pending } = controllableLoad();
    const refresher = createAutoRefresh({ load, intervalMs: 10_000, enabled: false });
    refresher.refreshNow();
    pending[0]?.resolve();
    await flush();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(load).toHaveBeenCalledTimes(1);

    refresher.setEnabled(true);
    expect(load).toHaveBeenCalledTimes(2);
    pending[1]?.resolve();
    await flush();
    refresher.setEnabled(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(load).toHaveBeenCalledTimes(2);
    refresher.dispose();
  });

  it('aborts the load in flight when asked to refresh now, and schedules only once', async () => {
    const { load, pending } = controllableLoad();
    const refresher = createAutoRefresh({ load, intervalMs: 10_000, enabled: true });
    refresher.refreshNow();
    refresher.refreshNow();
    expect(pending[0]?.signal.aborted).toBe(true);
    expect(pending[1]?.signal.aborted).toBe(false);

    pending[0]?.reject(new DOMException('aborted', 'AbortError'));
    pending[1]?.resolve();
    await flush();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(load).toHaveBeenCalledTimes(3); // one timed load, not two
    expect(vi.getTimerCount()).toBe(0);
    refresher.dispose();
  });

  it('stops and aborts when disposed', async () => {
    const { load, pending } = controllableLoad();
    const refresher = createAutoRefresh({ load, intervalMs: 10_000, enabled: true });
    refresher.refreshNow();
    refresher.dispose();
    expect(pending[0]?.signal.aborted).toBe(true);
    pending[0]?.resolve();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(load).toHaveBeenCalledTimes(1);
  });
});
