/** The largest file the server takes (it answers 413 above). */
export const MAX_ROUTE_FILE_BYTES = 5 * 1024 * 1024;

export const ROUTE_FILE_EXTENSIONS = ['.gpx', '.geojson', '.json'] as const;

const CONTENT_TYPES: Record<(typeof ROUTE_FILE_EXTENSIONS)[number], string> = {
  '.gpx': 'application/gpx+xml',
  '.geojson': 'application/geo+json',
  '.json': 'application/json',
};

/** A file the import endpoint can read, with the Content-Type to send it under. */
export interface RouteFile {
  file: File;
  contentType: string;
}

export type RouteFileCheck = { ok: true; routeFile: RouteFile } | { ok: false; reason: 'type' | 'size' };

/** Whether a file may be sent for import: by its extension (GPX, GeoJSON, JSON) and its size. */
export function checkRouteFile(file: File): RouteFileCheck {
  const name = file.name.toLowerCase();
  const extension = ROUTE_FILE_EXTENSIONS.find((ext) => name.endsWith(ext));
  if (!extension) return { ok: false, reason: 'type' };
  if (file.size > MAX_ROUTE_FILE_BYTES) return { ok: false, reason: 'size' };
  return { ok: true, routeFile: { file, contentType: CONTENT_TYPES[extension] } };
}
