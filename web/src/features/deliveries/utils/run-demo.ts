/** The demo starts this many deliveries unless told otherwise, and at most MAX_DEMO. */
export const DEFAULT_DEMO = 50;
export const MIN_DEMO = 1;
export const MAX_DEMO = 500;
/** Requests in flight at once, so the demo never floods the backend. */
export const DEMO_CONCURRENCY = 6;
/** Times one delivery waits out the backend's rate limit (429) before it counts as failed. */
export const MAX_THROTTLED = 100;

export interface DemoProgress {
  total: number;
  started: number;
  failed: number;
  /** The message of the latest failure. */
  lastError: string | null;
  done: boolean;
}

export interface DemoOptions {
  count: number;
  /** Spread round-robin: delivery i takes route i mod n. */
  routeIds: readonly string[];
  create: (routeId: string, signal: AbortSignal) => Promise<unknown>;
  onProgress: (progress: DemoProgress) => void;
  signal: AbortSignal;
  concurrency?: number;
  /** Waits this long (ms); a test passes one that does not. */
  wait?: (ms: number, signal: AbortSignal) => Promise<void>;
}

function waitFor(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => { clearTimeout(timer); resolve(); }, { once: true });
  });
}

/** A 429 started nothing: the same delivery is asked for again once the server's Retry-After passed. */
function throttledFor(error: unknown): number | null {
  if (typeof error !== 'object' || error === null || (error as { status?: unknown }).status !== 429) return null;
  const seconds = (error as { retryAfterSeconds?: unknown }).retryAfterSeconds;
  return typeof seconds === 'number' ? seconds * 1000 : 1000;
}

/** The count typed by the user, as a whole number within MIN_DEMO..MAX_DEMO (DEFAULT_DEMO when not a number). */
export function clampDemoCount(value: number): number {
  if (!Number.isFinite(value)) return DEFAULT_DEMO;
  return Math.min(MAX_DEMO, Math.max(MIN_DEMO, Math.round(value)));
}

/**
 * Starts `count` deliveries spread over the routes, at most `concurrency` requests at a time,
 * reporting progress after each answer. A failure is counted and the rest go on; a start the
 * backend's rate limit refused (429) waits as told and is asked for again; aborting starts no
 * more (those in flight finish).
 */
export async function runDemo(options: DemoOptions): Promise<DemoProgress> {
  const { count, routeIds, create, onProgress, signal } = options;
  const progress: DemoProgress = { total: count, started: 0, failed: 0, lastError: null, done: false };
  if (routeIds.length === 0) {
    progress.done = true;
    onProgress({ ...progress });
    return progress;
  }
  let next = 0;
  const worker = async () => {
    while (next < count && !signal.aborted) {
      const routeId = routeIds[next % routeIds.length]!;
      next += 1;
      for (let throttled = 0; ; throttled += 1) {
        try {
          await create(routeId, signal);
          progress.started += 1;
          break;
        } catch (error) {
          const waitMs = throttledFor(error);
          if (waitMs !== null && throttled < MAX_THROTTLED && !signal.aborted) {
            await (options.wait ?? waitFor)(waitMs, signal);
            continue;
          }
          progress.failed += 1;
          progress.lastError = error instanceof Error ? error.message : String(error);
          break;
        }
      }
      onProgress({ ...progress });
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? DEMO_CONCURRENCY, count));
  await Promise.all(Array.from({ length: workers }, worker));
  progress.done = true;
  onProgress({ ...progress });
  return progress;
}
