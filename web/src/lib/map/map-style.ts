import type { StyleSpecification } from 'maplibre-gl';

export const OSM_ATTRIBUTION =
  '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

/**
 * The built-in basemap: a plain light background under OpenStreetMap raster tiles.
 * Without network the tiles fail and the background (plus routes and vehicles) remains.
 */
export function builtInStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {
      osm: {
        type: 'raster',
        tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
        tileSize: 256,
        maxzoom: 19,
        attribution: OSM_ATTRIBUTION,
      },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#eef0ea' } },
      { id: 'osm', type: 'raster', source: 'osm' },
    ],
  };
}

/** The style URL from /api/config when one is set, else the built-in style. */
export function resolveStyle(mapStyleUrl: string | null | undefined): StyleSpecification | string {
  return mapStyleUrl && mapStyleUrl.trim() ? mapStyleUrl : builtInStyle();
}
