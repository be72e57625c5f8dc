import { describe, expect, it } from 'vitest';
import { builtInStyle, OSM_ATTRIBUTION, resolveStyle } from './map-style';

describe('map style', () => {
  it('uses a plain background under attributed OpenStreetMap tiles when no style is configured', () => {
    const style = resolveStyle(null);
    expect(style).toEqual(builtInStyle());
    if (typeof style === 'string') throw new Error('expected a style object');
    expect(style.layers[0]).toMatchObject({ type: 'background' });
    expect(style.sources.osm).toMatchObject({ type: 'raster', tileSize: 256, maxzoom: 19, attribution: OSM_ATTRIBUTION });
  });

  it('uses the configured style URL when one is given', () => {
    expect(resolveStyle('https://tiles.example/style.json')).toBe('https://tiles.example/style.json');
  });
});
