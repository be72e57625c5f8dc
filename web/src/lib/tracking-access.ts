/**
 * A customer's tracking link (`/track/{id}?access=TOKEN`) carries the token that lets its holder
 * follow that one delivery. While a page opened from such a link is shown, the token goes on every
 * API request and on the socket's URL (as `access=TOKEN`); nothing else of the app uses it.
 */
let access: string | null = null;

/** The token of the link the page was opened from, if any. */
export function accessFromSearch(search: string): string | null {
  const token = new URLSearchParams(search).get('access');
  return token && token.trim() !== '' ? token : null;
}

export function setTrackingAccess(token: string | null): void {
  access = token;
}

export function trackingAccess(): string | null {
  return access;
}

/** The URL (path or absolute, with or without a query) with `access=TOKEN` added when a link's token is in use. */
export function withTrackingAccess(url: string): string {
  if (access === null) return url;
  const hashAt = url.indexOf('#');
  const base = hashAt < 0 ? url : url.slice(0, hashAt);
  return `${base}${base.includes('?') ? '&' : '?'}access=${encodeURIComponent(access)}${hashAt < 0 ? '' : url.slice(hashAt)}`;
}
