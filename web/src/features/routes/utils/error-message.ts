import { ApiError } from '../../../lib/api-client';
import { MAX_ROUTE_FILE_BYTES } from './route-file';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export const MAX_ROUTE_FILE_MIB = MAX_ROUTE_FILE_BYTES / (1024 * 1024);

/**
 * What to tell the user about a failed request: the problem's `detail` when the server sent one,
 * otherwise why it could not (no connection, a bare 413 from a proxy, an error page).
 */
export function errorMessage(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return t('errors.network');
    // A problem+json answer has a title; a proxy's 413 page has none.
    if (error.status === 413 && error.title === undefined) return t('errors.tooLarge', { limit: MAX_ROUTE_FILE_MIB });
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
