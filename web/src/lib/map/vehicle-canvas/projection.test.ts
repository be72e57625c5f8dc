import { describe, expect, it } from 'vitest';
import { affineAround, apply, fromWorld, screenRotation, toWorld, type Project } from './projection';

/** A north-up map: 512·2^zoom px per world, centred on `center` in a 1000×800 viewport. */
function flatMap(centerLng: number, centerLat: number, zoom: number, bearingDeg = 0): Project {
  const center = toWorld(centerLng, centerLat);
  const scale = 512 * 2 ** zoom;
  const r = (bearingDeg * Math.PI) / 180;
  return ([lng, lat]) => {
    const w = toWorld(lng, lat);
    const dx = (w.x - center.x) * scale;
    const dy = (w.y - center.y) * scale;
    return { x: 500 + dx * Math.cos(r) + dy * Math.sin(r), y: 400 - dx * Math.sin(r) + dy * Math.cos(r) };
  };
}

describe('projection', () => {
  it('goes to world coordinates and back', () => {
    const w = toWorld(-73.985, 40.754);
    const [lng, lat] = fromWorld(w.x, w.y);
    expect(lng).toBeCloseTo(-73.985, 9);
    expect(lat).toBeCloseTo(40.754, 9);
    expect(toWorld(0, 0)).toEqual({ x: 0.5, y: 0.5 });
  });

  it('places every point where the map would, from three projected points', () => {
    const project = flatMap(-73.985, 40.754, 13);
    const affine = affineAround(project, toWorld(-73.985, 40.754));
    for (const [lng, lat] of [[-73.99, 40.75], [-73.95, 40.8], [-74.02, 40.7]] as const) {
      const expected = project([lng, lat]);
      const w = toWorld(lng, lat);
      const got = apply(affine, w.x, w.y);
      expect(got.x).toBeCloseTo(expected.x, 1);
      expect(got.y).toBeCloseTo(expected.y, 1);
    }
    expect(screenRotation(affine)).toBeCloseTo(0, 6);
  });

  it('knows how far a rotated map turns headings', () => {
    const affine = affineAround(flatMap(0, 0, 10, 30), toWorld(0, 0));
    expect(Math.abs(screenRotation(affine))).toBeCloseTo(Math.PI / 6, 4);
  });
});
