import { RECORD_STATUSES, type RecordStatus } from '../api/delivery-record';

/**
 * What the delivery history shows, kept in the page's query string under the names the API
 * takes (`GET /api/deliveries`): `status` (repeated), `routeId`, `from` (inclusive) and `to`
 * (exclusive) on the request time as ISO instants, `page` (from 0) and `size`. A link to the
 * page therefore reproduces the view, and the query string is the API's query.
 */
export interface HistoryFilters {
  /** None: every status. */
  statuses: readonly RecordStatus[];
  routeId: string | null;
  from: string | null;
  to: string | null;
  page: number;
  size: number;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
/** The page sizes offered (a link may carry any other from 1 to 100). */
export const PAGE_SIZES: readonly number[] = [10, 20, 50, 100];

export const DEFAULT_FILTERS: HistoryFilters = { statuses: [], routeId: null, from: null, to: null, page: 0, size: DEFAULT_PAGE_SIZE };

/** The filters a query string holds; what cannot be read (an unknown status, a date that is none) is left out. */
export function filtersFromSearch(search: string): HistoryFilters {
  const params = new URLSearchParams(search);
  const wanted = new Set(params.getAll('status'));
  return {
    statuses: RECORD_STATUSES.filter((status) => wanted.has(status)),
    routeId: params.get('routeId')?.trim() || null,
    from: instantOrNull(params.get('from')),
    to: instantOrNull(params.get('to')),
    page: wholeNumber(params.get('page'), 0, Number.MAX_SAFE_INTEGER) ?? 0,
    size: wholeNumber(params.get('size'), 1, MAX_PAGE_SIZE) ?? DEFAULT_PAGE_SIZE,
  };
}

/** The query of the filters; defaults (first page, size 20) are left out, statuses in a fixed order. */
export function toSearchParams(filters: HistoryFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const status of RECORD_STATUSES) if (filters.statuses.includes(status)) params.append('status', status);
  if (filters.routeId) params.set('routeId', filters.routeId);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.page > 0) params.set('page', String(filters.page));
  if (filters.size !== DEFAULT_PAGE_SIZE) params.set('size', String(filters.size));
  return params;
}

/** The page's query string for the filters: `?status=cancelled&page=1`, or `''`. */
export function searchOf(filters: HistoryFilters): string {
  const query = toSearchParams(filters).toString();
  return query ? `?${query}` : '';
}

/** Filters changed by the user: back to the first page, since the old page may not exist any more. */
export function withFilter(filters: HistoryFilters, change: Partial<Omit<HistoryFilters, 'page'>>): HistoryFilters {
  return { ...filters, ...change, page: 0 };
}

/** How many pages `total` matches fill (at least one, the empty one). */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, size)));
}

/** A `datetime-local` value (the user's local time) as an ISO instant; null when empty or invalid. */
export function instantOfLocal(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value)) return null;
  const ms = new Date(value).getTime();
  return Number.isFinite(ms) ? new Date(ms).toISOString().replace('.000Z', 'Z') : null;
}

/** An ISO instant as a `datetime-local` value in the user's local time (to the minute); `''` for none. */
export function localOfInstant(instant: string | null): string {
  if (!instant) return '';
  const at = new Date(instant);
  if (!Number.isFinite(at.getTime())) return '';
  const two = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}T${two(at.getHours())}:${two(at.getMinutes())}`;
}

function instantOrNull(value: string | null): string | null {
  // An instant carries its offset (`Z`, `+01:00`): a bare local time would mean different things to different readers.
  if (!value || !/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/i.test(value)) return null;
  return Number.isFinite(Date.parse(value)) ? value : null;
}

function wholeNumber(value: string | null, min: number, max: number): number | null {
  if (value === null || !/^\d+$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}
