import { describe, expect, it } from 'vitest';
import { checkRouteFile, MAX_ROUTE_FILE_BYTES } from './route-file';

const fileOf = (name: string, bytes = 10) => new File([new Uint8Array(bytes)], name);

describe('checkRouteFile', () => {
  it('sends each kind of file under its own Content-Type, whatever the case of its extension', () => {
    const typeOf = (name: string) => {
      const check = checkRouteFile(fileOf(name));
      return check.ok ? check.routeFile.contentType : check.reason;
    };
    expect(typeOf('ride.gpx')).toBe('application/gpx+xml');
    expect(typeOf('RIDE.GPX')).toBe('application/gpx+xml');
    expect(typeOf('line.geojson')).toBe('application/geo+json');
    expect(typeOf('points.json')).toBe('application/json');
    expect(typeOf('route.kml')).toBe('type');
    expect(typeOf('gpx')).toBe('type');
  });

  it('takes a file of exactly 5 MiB and refuses one byte more', () => {
    expect(checkRouteFile(fileOf('a.gpx', MAX_ROUTE_FILE_BYTES)).ok).toBe(true);
    expect(checkRouteFile(fileOf('a.gpx', MAX_ROUTE_FILE_BYTES + 1))).toEqual({ ok: false, reason: 'size' });
  });
});
