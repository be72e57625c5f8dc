import type { LineString } from '../types/api';

/**
 * How far along a line a point is, from 0 (start) to 1 (end): the point is projected
 * onto the nearest segment (in a local equirectangular frame, fine at city scale).
 */
export function progressAlong(line: LineString, lat: number, lng: number): number {
  const points = line.coordinates;
  if (points.length < 2) return 0;
  const kx = Math.cos((lat * Math.PI) / 180);
  let total = 0;
  let best = { distance: Infinity, along: 0 };
  for (let i = 1; i < points.length; i++) {
    const [ax, ay] = points[i - 1]!;
    const [bx, by] = points[i]!;
    const dx = (bx - ax) * kx;
    const dy = by - ay;
    const length = Math.hypot(dx, dy);
    const t = length === 0 ? 0 : clamp01((((lng - ax) * kx) * dx + (lat - ay) * dy) / (length * length));
    const distance = Math.hypot((ax - lng) * kx + t * dx, ay - lat + t * dy);
    if (distance < best.distance) best = { distance, along: total + t * length };
    total += length;
  }
  return total === 0 ? 0 : clamp01(best.along / total);
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}
