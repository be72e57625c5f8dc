// The benchmark's synthetic world: routes around Manhattan shaped like the backend's RouteView
// JSON (GET /api/routes), and a fleet of N vehicles driving them, one route vertex per tick,
// framed in viewer protocol v1 (docs/api.md). Deterministic for a given seed, except the
// delivery ids (random UUIDs, as the backend's).
import { randomUUID } from 'node:crypto';

const METRES_PER_DEGREE = 111_320;
/** Where the routes wander: roughly Manhattan, south of Central Park's top. */
const AREA = { west: -74.015, east: -73.935, south: 40.705, north: 40.8 };

/** A small seeded PRNG (mulberry32): the same seed gives the same routes. */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round5 = (value) => Math.round(value * 1e5) / 1e5;

/**
 * `count` routes of `minPoints`..`maxPoints` vertices about `stepMetres` apart, each a random
 * walk that turns gently and stays inside the area, as RouteView JSON:
 * `{ id, title, start: {lat, lng}, end: {lat, lng}, geometry: {type: 'LineString', coordinates: [[lng, lat], ...]}, lengthMeters }`.
 */
export function syntheticRoutes({ count = 50, minPoints = 100, maxPoints = 300, stepMetres = 15, seed = 42 } = {}) {
  const random = seededRandom(seed);
  const routes = [];
  for (let i = 0; i < count; i++) {
    const points = minPoints + Math.floor(random() * (maxPoints - minPoints + 1));
    let lat = AREA.south + random() * (AREA.north - AREA.south);
    let lng = AREA.west + random() * (AREA.east - AREA.west);
    let heading = random() * 2 * Math.PI;
    const coordinates = [[round5(lng), round5(lat)]];
    for (let p = 1; p < points; p++) {
      heading += (random() - 0.5) * 0.6;
      let nextLat = lat + (stepMetres * Math.cos(heading)) / METRES_PER_DEGREE;
      let nextLng = lng + (stepMetres * Math.sin(heading)) / (METRES_PER_DEGREE * Math.cos((lat * Math.PI) / 180));
      if (nextLat < AREA.south || nextLat > AREA.north || nextLng < AREA.west || nextLng > AREA.east) {
        heading += Math.PI; // turn back into the area
        nextLat = lat + (stepMetres * Math.cos(heading)) / METRES_PER_DEGREE;
        nextLng = lng + (stepMetres * Math.sin(heading)) / (METRES_PER_DEGREE * Math.cos((lat * Math.PI) / 180));
      }
      lat = nextLat;
      lng = nextLng;
      coordinates.push([round5(lng), round5(lat)]);
    }
    const id = `bench-${String(i + 1).padStart(2, '0')}`;
    const [startLng, startLat] = coordinates[0];
    const [endLng, endLat] = coordinates[coordinates.length - 1];
    routes.push({
      id,
      title: `Bench route ${i + 1}`,
      start: { lat: startLat, lng: startLng },
      end: { lat: endLat, lng: endLng },
      geometry: { type: 'LineString', coordinates },
      lengthMeters: Math.round(stepMetres * (points - 1)),
    });
  }
  return routes;
}

/**
 * N vehicles in flight at all times, spread round-robin over the routes and along each route
 * (the j-th of a route's k vehicles starts j/k of the way). Each `tick` moves every vehicle one
 * vertex; a vehicle that reaches its route's end sends its final position, is `removed` as
 * `delivered`, and a new delivery starts on the same route (first position at the next tick).
 */
export class Fleet {
  constructor(routes, size, newId = randomUUID) {
    this.routes = routes;
    this.newId = newId;
    this.lastEmittedAt = Date.now();
    const perRoute = Math.ceil(size / routes.length);
    this.vehicles = [];
    for (let k = 0; k < size; k++) {
      const route = routes[k % routes.length];
      const j = Math.floor(k / routes.length);
      const last = route.geometry.coordinates.length - 1;
      const index = Math.min(last - 1, Math.floor((j * last) / perRoute));
      this.vehicles.push({ id: newId(), route, index, seq: index });
    }
  }

  /** The `snapshot` frame: every vehicle's current position (a new delivery that has not moved yet is left out). */
  snapshotFrame() {
    const rows = [];
    for (const v of this.vehicles) if (v.index >= 0) rows.push(row(v, this.lastEmittedAt));
    return `{"type":"snapshot","v":1,"scope":{"kind":"fleet"},"positions":[${rows.join(',')}]}`;
  }

  /**
   * Moves every vehicle on and returns this tick's frames: `positions` (every vehicle, seq + 1,
   * emittedAt = now) and `removed` (null when no vehicle arrived), with their counts.
   */
  tick(now = Date.now()) {
    this.lastEmittedAt = now;
    const rows = [];
    const arrived = [];
    for (let i = 0; i < this.vehicles.length; i++) {
      const v = this.vehicles[i];
      v.index += 1;
      v.seq += 1;
      rows.push(row(v, now));
      if (v.index >= v.route.geometry.coordinates.length - 1) {
        arrived.push(`["${v.id}","delivered"]`);
        this.vehicles[i] = { id: this.newId(), route: v.route, index: -1, seq: -1 };
      }
    }
    return {
      positions: `{"type":"positions","positions":[${rows.join(',')}]}`,
      removed: arrived.length > 0 ? `{"type":"removed","deliveries":[${arrived.join(',')}]}` : null,
      rows: rows.length,
      arrivals: arrived.length,
    };
  }
}

/** A position row of viewer protocol v1: `[deliveryId, routeId, seq, lat, lng, emittedAt]`. */
function row(v, emittedAt) {
  const [lng, lat] = v.route.geometry.coordinates[v.index];
  return `["${v.id}","${v.route.id}",${v.seq},${lat},${lng},${emittedAt}]`;
}
