import type { RangeQuery } from './types';

/** `path?from=…&to=…&extra…`, every value URL-encoded. */
export function rangePath(path: string, range: RangeQuery, extra: Record<string, string | number> = {}): string {
  const params = new URLSearchParams({ from: range.from, to: range.to });
  for (const [key, value] of Object.entries(extra)) params.set(key, String(value));
  return `${path}?${params.toString()}`;
}
