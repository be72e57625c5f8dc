import { env } from '../config/env';
import { trackingAccess, withTrackingAccess } from './tracking-access';

/**
 * An HTTP error from the backend. For `application/problem+json` answers (RFC 9457),
 * `message` is the problem's `detail` (or its `title`), ready to show to the user.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string | undefined;
  /** The problem+json body as it came (extension members such as `expectedSeq` included), if any. */
  readonly problem: Readonly<Record<string, unknown>> | undefined;
  /** Seconds the server asked to wait before trying again (`Retry-After`, e.g. with 429 or 503), if it said. */
  retryAfterSeconds: number | undefined;

  constructor(message: string, status: number, title?: string, problem?: Readonly<Record<string, unknown>>) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.problem = problem;
  }
}

/** A body sent as it is (a file, say) with its own Content-Type, instead of JSON. */
export interface RawBody {
  content: Blob | string;
  contentType: string;
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  body?: unknown;
  raw?: RawBody;
  signal?: AbortSignal;
  /** Extra request headers (e.g. `Idempotency-Key`). */
  headers?: Record<string, string>;
}

/**
 * Told of every `401` but the session's own and a tracking link's (that link is invalid): the
 * sign-in has expired or was never there.
 */
const unauthorizedListeners = new Set<() => void>();

export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

/** The CSRF token the server set in the `XSRF-TOKEN` cookie, sent back in a header with every change. */
function csrfToken(): string | null {
  const cookie = document.cookie.split('; ').find((entry) => entry.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) : null;
}

/** The one API client: JSON in, JSON out, errors as {@link ApiError}. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', ...options.headers };
  if (options.raw) headers['Content-Type'] = options.raw.contentType;
  else if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const method = options.method ?? 'GET';
  const csrf = method === 'GET' ? null : csrfToken();
  if (csrf !== null) headers['X-XSRF-TOKEN'] = csrf;
  let response: Response;
  try {
    response = await fetch(`${env.apiBaseUrl}${withTrackingAccess(path)}`, {
      method,
      headers,
      body: options.raw ? options.raw.content : options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError('Cannot reach the server. Check your connection and try again.', 0);
  }
  if (!response.ok) {
    if (response.status === 401 && !path.startsWith('/api/session') && trackingAccess() === null) {
      unauthorizedListeners.forEach((listener) => listener());
    }
    const error = await toApiError(response);
    const retryAfter = Number(response.headers.get('Retry-After') ?? '');
    if (response.headers.has('Retry-After') && Number.isFinite(retryAfter) && retryAfter >= 0) {
      error.retryAfterSeconds = retryAfter;
    }
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const apiClient = {
  get: <T>(path: string, signal?: AbortSignal) => apiRequest<T>(path, signal ? { signal } : {}),
  post: <T>(path: string, body: unknown, options: Pick<RequestOptions, 'headers' | 'signal'> = {}) =>
    apiRequest<T>(path, { ...options, method: 'POST', body }),
  postRaw: <T>(path: string, raw: RawBody, options: Pick<RequestOptions, 'headers' | 'signal'> = {}) =>
    apiRequest<T>(path, { ...options, method: 'POST', raw }),
  patch: <T>(path: string, body: unknown, options: Pick<RequestOptions, 'signal'> = {}) =>
    apiRequest<T>(path, { ...options, method: 'PATCH', body }),
  delete: <T>(path: string, options: Pick<RequestOptions, 'signal'> = {}) => apiRequest<T>(path, { ...options, method: 'DELETE' }),
};

async function toApiError(response: Response): Promise<ApiError> {
  const fallback = `Request failed (${response.status}${response.statusText ? ` ${response.statusText}` : ''})`;
  const contentType = response.headers.get('Content-Type') ?? '';
  if (!contentType.includes('json')) return new ApiError(fallback, response.status);
  try {
    const body: unknown = await response.json();
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return new ApiError(fallback, response.status);
    const problem = body as Record<string, unknown>;
    const title = typeof problem.title === 'string' ? problem.title : undefined;
    const detail = typeof problem.detail === 'string' && problem.detail.trim() ? problem.detail : undefined;
    return new ApiError(detail ?? title ?? fallback, response.status, title, problem);
  } catch {
    return new ApiError(fallback, response.status);
  }
}
