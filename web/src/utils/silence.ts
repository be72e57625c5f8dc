/** A vehicle whose last position is older than this looks silent rather than live. */
export const SILENT_AFTER_MS = 30_000;

/**
 * When a vehicle went silent: the time of its last position (epoch ms) when that is more than
 * {@link SILENT_AFTER_MS} before `nowMs`, else null (live, or no position yet). A position
 * stamped ahead of `nowMs` (clocks apart) counts as live.
 */
export function silentSince(lastPositionAtMs: number | null | undefined, nowMs: number): number | null {
  if (lastPositionAtMs === null || lastPositionAtMs === undefined || !Number.isFinite(lastPositionAtMs)) return null;
  return nowMs - lastPositionAtMs > SILENT_AFTER_MS ? lastPositionAtMs : null;
}
