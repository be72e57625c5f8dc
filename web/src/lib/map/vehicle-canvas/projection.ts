/**
 * Web Mercator "world" coordinates (0..1 across, 0..1 down, as MapLibre's MercatorCoordinate)
 * and the affine map from them to the map's CSS pixels. A vehicle's world position is computed
 * once per reported position; each frame then costs two multiply-adds per vehicle instead of a
 * full `map.project`.
 */
export interface World {
  x: number;
  y: number;
}

export function toWorld(lng: number, lat: number): World {
  const clamped = Math.max(-85.051129, Math.min(85.051129, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  return { x: (lng + 180) / 360, y: 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI) };
}

export function fromWorld(x: number, y: number): [number, number] {
  const lng = x * 360 - 180;
  const lat = (360 / Math.PI) * Math.atan(Math.exp((0.5 - y) * 2 * Math.PI)) - 90;
  return [lng, lat];
}

/** screen = (a·x + c·y + e, b·x + d·y + f), in CSS pixels. */
export interface Affine {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  f: number;
}

/** Something that places [lng, lat] on screen: a MapLibre map's `project`. */
export type Project = (lngLat: [number, number]) => { x: number; y: number };

/**
 * The affine that agrees with `project` at three points around `center` (exact for a map with
 * no pitch, rotated or not; the caller falls back to `project` per vehicle when pitched).
 */
export function affineAround(project: Project, center: World): Affine {
  const step = 1e-4;
  const origin = project(fromWorld(center.x, center.y));
  const right = project(fromWorld(center.x + step, center.y));
  const down = project(fromWorld(center.x, center.y + step));
  const a = (right.x - origin.x) / step;
  const b = (right.y - origin.y) / step;
  const c = (down.x - origin.x) / step;
  const d = (down.y - origin.y) / step;
  return { a, b, c, d, e: origin.x - a * center.x - c * center.y, f: origin.y - b * center.x - d * center.y };
}

export function apply(affine: Affine, x: number, y: number): { x: number; y: number } {
  return { x: affine.a * x + affine.c * y + affine.e, y: affine.b * x + affine.d * y + affine.f };
}

/** How much the map turns headings on screen (radians): 0 for a north-up map. */
export function screenRotation(affine: Affine): number {
  return Math.atan2(-affine.c, affine.d);
}
