import { withTrackingAccess } from '../../../lib/tracking-access';

/** Where a delivery's tracking page lives: `/track/{deliveryId}`. */
const PREFIX = '/track';

/** Ids the backend can have: 1 to 64 letters, digits, `.`, `_`, `:`, `-`, starting with a letter or digit. */
const DELIVERY_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

export function isDeliveryId(value: string): boolean {
  return DELIVERY_ID.test(value);
}

/** The path of a delivery's tracking page. */
export function trackingPath(deliveryId: string): string {
  return `${PREFIX}/${encodeURIComponent(deliveryId)}`;
}

/**
 * The absolute tracking link to copy; opened from a customer's link, it keeps that link's token
 * (without it, the link opens nothing for someone who is not signed in).
 */
export function trackingLink(deliveryId: string, origin: string = window.location.origin): string {
  return withTrackingAccess(`${origin.replace(/\/+$/, '')}${trackingPath(deliveryId)}`);
}

/**
 * The delivery id a (normalised) path names: `/track/ID` gives `ID` (decoded), `/track` gives
 * `''` (a broken link, shown as such); any other path gives null (not a tracking page).
 */
export function deliveryIdFromPath(path: string): string | null {
  if (path === PREFIX) return '';
  if (!path.startsWith(`${PREFIX}/`)) return null;
  const raw = path.slice(PREFIX.length + 1);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Copies the delivery's tracking link to the clipboard; false when the browser refuses. */
export async function copyTrackingLink(deliveryId: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(trackingLink(deliveryId));
    return true;
  } catch {
    return false;
  }
}
