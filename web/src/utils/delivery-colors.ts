/**
 * One colour per delivery, stable across reloads and viewers: a hash of its id picks one of a
 * palette of hues chosen to be told apart on a light basemap (green is left out: it means
 * "delivered"). With more deliveries than colours some share one; two deliveries on one route
 * still differ in 11 of 12 cases.
 */
export const DELIVERY_PALETTE = [
  '#d62728', // red
  '#1f77b4', // blue
  '#ff7f0e', // orange
  '#9467bd', // purple
  '#0fa3b1', // cyan
  '#e377c2', // pink
  '#8c564b', // brown
  '#1b1f6b', // navy
  '#a6a31c', // olive
  '#c2188f', // magenta
  '#3f8f86', // teal
  '#7a1010', // maroon
] as const;

/** The colour of a vehicle that was delivered. */
export const DELIVERED_COLOR = '#2b8a3e';

/** FNV-1a, 32 bits: cheap and well spread for short ids. */
export function hashId(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The index into {@link DELIVERY_PALETTE} of a delivery's colour. */
export function colorIndexOf(deliveryId: string): number {
  return hashId(deliveryId) % DELIVERY_PALETTE.length;
}

export function colorOf(deliveryId: string): string {
  return DELIVERY_PALETTE[colorIndexOf(deliveryId)]!;
}
