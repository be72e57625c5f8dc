/** The first wait after a failed send, and the longest. */
export const BACKOFF_FIRST_MS = 1_000;
export const BACKOFF_MAX_MS = 15_000;

/** The wait before retry number `attempt` (1, 2, ...): 1 s doubling up to 15 s, less up to 20 % jitter. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (1 - 0.2 * random()));
}
