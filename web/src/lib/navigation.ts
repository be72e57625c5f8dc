import { useSyncExternalStore } from 'react';

/**
 * Path-based navigation without a router library: the app has two pages, so a
 * `pathname` store over `history.pushState` and `popstate` is all it needs.
 */
const NAVIGATED = 'codedelivery:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATED, onChange);
  };
}

/** The current path, normalised: no trailing slash except for `/` itself. */
export function currentPath(): string {
  return normalisePath(window.location.pathname);
}

export function normalisePath(pathname: string): string {
  const trimmed = pathname.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

/** Re-renders on every in-app navigation and on the browser's back/forward. */
export function usePathname(): string {
  return useSyncExternalStore(subscribe, currentPath, () => '/');
}

/** The current query string, with its `?` (or `''`). */
export function currentSearch(): string {
  return window.location.search;
}

/** The query string; re-renders when it changes (in-app navigation, back/forward). */
export function useSearch(): string {
  return useSyncExternalStore(subscribe, currentSearch, () => '');
}

/**
 * In-app navigation: pushes a history entry (unless it is the current page; with `replace`, it
 * takes the current entry's place) and notifies the subscribers. A path with a query string
 * (`/deliveries?status=cancelled`) is a new page when either part differs.
 */
export function navigate(to: string, { replace = false }: { replace?: boolean } = {}): void {
  const [path = '', query = ''] = splitQuery(to);
  if (normalisePath(path) === currentPath() && query === currentSearch()) return;
  if (replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATED));
}

function splitQuery(to: string): [string, string] {
  const at = to.indexOf('?');
  if (at < 0) return [to, ''];
  const query = to.slice(at);
  return [to.slice(0, at), query === '?' ? '' : query];
}
