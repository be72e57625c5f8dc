/// <reference types="google.maps" />
import type { GoogleMapsApi } from '../provider/google-maps-loader';

/**
 * A stand-in for the parts of the Maps JavaScript API that GoogleSceneMap uses, for unit tests
 * (jsdom cannot run the real one). Records what was created.
 */
export function fakeGoogleMaps() {
  const created = {
    maps: [] as FakeMap[],
    polylines: [] as FakePolyline[],
    markers: [] as FakeAdvancedMarker[],
  };

  class FakeMap {
    readonly listeners = new Map<string, (() => void)[]>();
    readonly fitted: unknown[] = [];
    readonly pannedTo: google.maps.LatLngLiteral[] = [];
    constructor(
      readonly element: HTMLElement,
      readonly options: google.maps.MapOptions,
    ) {
      created.maps.push(this);
    }
    addListener(name: string, handler: () => void) {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), handler]);
      return { remove: () => this.listeners.set(name, (this.listeners.get(name) ?? []).filter((h) => h !== handler)) };
    }
    trigger(name: string) {
      for (const handler of this.listeners.get(name) ?? []) handler();
    }
    fitBounds(bounds: unknown) {
      this.fitted.push(bounds);
    }
    panTo(position: google.maps.LatLngLiteral) {
      this.pannedTo.push(position);
    }
    getBounds() {
      return undefined;
    }
    zoom = 12;
    getZoom() {
      return this.zoom;
    }
    setZoom(zoom: number) {
      this.zoom = zoom;
    }
  }

  class FakePolyline {
    constructor(readonly options: google.maps.PolylineOptions) {
      created.polylines.push(this);
    }
    setOptions(options: google.maps.PolylineOptions) {
      Object.assign(this.options, options);
    }
    setPath(path: google.maps.LatLngLiteral[]) {
      this.options.path = path;
    }
    setMap(map: unknown) {
      this.options.map = map as google.maps.Map | null;
    }
  }

  class FakeAdvancedMarker extends EventTarget {
    map: unknown;
    position: unknown;
    title: string | null | undefined;
    zIndex: number | null | undefined;
    content: Node | null | undefined;
    gmpClickable: boolean | null | undefined;
    constructor(options: google.maps.marker.AdvancedMarkerElementOptions) {
      super();
      Object.assign(this, options);
      created.markers.push(this);
    }
  }

  class FakeLatLngBounds {
    constructor(
      readonly sw: google.maps.LatLngLiteral,
      readonly ne: google.maps.LatLngLiteral,
    ) {}
  }

  const api = {
    core: { LatLngBounds: FakeLatLngBounds },
    maps: { Map: FakeMap, Polyline: FakePolyline },
    marker: { AdvancedMarkerElement: FakeAdvancedMarker },
    mapId: 'test-map-id',
  } as unknown as GoogleMapsApi;
  return { api, created };
}
