/** Shapes of the backend's REST and WebSocket payloads (see docs of the backend contract). */

export interface LatLng {
  lat: number;
  lng: number;
}

/** GeoJSON LineString: coordinates in [lng, lat] order. */
export interface LineString {
  type: 'LineString';
  coordinates: [number, number][];
}

export interface Route {
  id: string;
  title: string;
  start: LatLng;
  end: LatLng;
  geometry: LineString;
}

export type DeliveryStatus = 'requested' | 'in_transit' | 'delivered';

export interface Delivery {
  id: string;
  routeId: string;
  status: DeliveryStatus;
  requestedAt: string;
}

export interface AppConfig {
  mapStyleUrl: string | null;
}

/** One vehicle position of one delivery; `seq` counts 0, 1, 2, ... per delivery. */
export interface Position {
  deliveryId: string;
  routeId: string;
  seq: number;
  lat: number;
  lng: number;
  finished: boolean;
  emittedAt: string;
}
