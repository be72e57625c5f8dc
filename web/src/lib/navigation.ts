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

/** In-app navigation: pushes a history entry (unless it is the current path) and notifies the subscribers. */
export function navigate(path: string): void {
  if (normalisePath(path) === currentPath()) return;
  window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATED));
}
