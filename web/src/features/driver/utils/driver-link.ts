import type { DeviceDelivery } from '../../../types/device-api';

/** Where the driver page lives: `/drive/{deliveryId}#token=...`. */
const PREFIX = '/drive';
const TOKEN_KEY = (deliveryId: string) => `codedelivery.driver.token.${deliveryId}`;
const SESSION_KEY = (deliveryId: string) => `codedelivery.driver.session.${deliveryId}`;
/** The delivery the phone drove last: `/drive/` (the installed app's start) goes back to it. */
const LAST_KEY = 'codedelivery.driver.last';

/**
 * The delivery id a (normalised) path names: `/drive/ID` gives `ID` (decoded), `/drive` and
 * `/drive/` give `''` (the installed app's start page); any other path gives null.
 */
export function driverDeliveryIdFromPath(path: string): string | null {
  if (path === PREFIX || path === `${PREFIX}/`) return '';
  if (!path.startsWith(`${PREFIX}/`)) return null;
  const raw = path.slice(PREFIX.length + 1).replace(/\/+$/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export function driverPath(deliveryId: string): string {
  return `${PREFIX}/${encodeURIComponent(deliveryId)}`;
}

/** The `token` of a fragment such as `#token=abc`; null when there is none. */
export function tokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && token.trim() ? token.trim() : null;
}

/**
 * The driver's token for the delivery: taken from the address's fragment (then kept in
 * `storage` for reloads, and the fragment removed from the address bar so it is not shared by
 * accident), else the one kept from before; null when neither has one.
 */
export function takeToken(
  deliveryId: string,
  location: Pick<Location, 'hash' | 'pathname' | 'search'> = window.location,
  storage: Storage | undefined = safeLocalStorage(),
  history: Pick<History, 'replaceState' | 'state'> = window.history,
): string | null {
  const fromHash = tokenFromHash(location.hash);
  if (fromHash) {
    try {
      storage?.setItem(TOKEN_KEY(deliveryId), fromHash);
      storage?.setItem(LAST_KEY, deliveryId);
    } catch {
      // Private mode or full: the page works until it is reloaded.
    }
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    return fromHash;
  }
  return read(storage, TOKEN_KEY(deliveryId));
}

/** The delivery this phone drove last (with a token kept), for `/drive/`. */
export function lastDrivenDelivery(storage: Storage | undefined = safeLocalStorage()): string | null {
  const id = read(storage, LAST_KEY);
  return id && read(storage, TOKEN_KEY(id)) ? id : null;
}

/** Forgets a token the server no longer takes. */
export function forgetToken(deliveryId: string, storage: Storage | undefined = safeLocalStorage()): void {
  try {
    storage?.removeItem(TOKEN_KEY(deliveryId));
  } catch {
    // nothing kept
  }
}

/** The last `GET /api/device/delivery` answer, kept so that the page reloads offline. */
export function loadSession(deliveryId: string, storage: Storage | undefined = safeLocalStorage()): DeviceDelivery | null {
  const text = read(storage, SESSION_KEY(deliveryId));
  if (!text) return null;
  try {
    const session = JSON.parse(text) as DeviceDelivery;
    return Array.isArray(session.path) && typeof session.lastSeq === 'number' && session.delivery ? session : null;
  } catch {
    return null;
  }
}

export function saveSession(deliveryId: string, session: DeviceDelivery, storage: Storage | undefined = safeLocalStorage()): void {
  try {
    storage?.setItem(SESSION_KEY(deliveryId), JSON.stringify(session));
  } catch {
    // Without it, a reload needs the network.
  }
}

function read(storage: Storage | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function safeLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
