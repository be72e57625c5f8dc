import type { MapScene, SceneDestination, SceneLine, SceneVehicle } from '../../../lib/map/map-scene';
import type { Route } from '../../../types/api';
import { colorOf, DELIVERED_COLOR } from '../../../utils/delivery-colors';
import type { TrackedVehicle } from '../stores/tracking-state';
import { trailPoints } from './trail';

/**
 * Route lines, trails and destinations are drawn for every delivery while at most this many
 * are on the map (the fleet in view: with an area scope the page only holds what is visible);
 * above it, hundreds of overlapping lines are noise and cost frame time, so only the selected
 * delivery's are drawn. This is the one place where that cut is made.
 */
export const LINES_UP_TO = 200;

/** Builds scenes one after the other, each reusing the unchanged lines of the one before. */
export class SceneBuilder {
  private previous: MapScene | null = null;

  build(vehicles: Readonly<Record<string, TrackedVehicle>>, routesById: ReadonlyMap<string, Route>, selectedId: string | null): MapScene {
    this.previous = buildScene(vehicles, routesById, selectedId, this.previous);
    return this.previous;
  }
}

/**
 * The provider-neutral scene of the fleet. `previous` lets unchanged parts keep their
 * identity, so a renderer can skip `setData` for lines that did not change.
 */
export function buildScene(
  vehicles: Readonly<Record<string, TrackedVehicle>>,
  routesById: ReadonlyMap<string, Route>,
  selectedId: string | null,
  previous: MapScene | null = null,
): MapScene {
  const all = Object.values(vehicles);
  const sceneVehicles: SceneVehicle[] = all.map((v) => ({
    deliveryId: v.deliveryId,
    routeId: v.routeId,
    seq: v.seq,
    lat: v.lat,
    lng: v.lng,
    headingDeg: v.headingDeg,
    color: v.finished ? DELIVERED_COLOR : colorOf(v.deliveryId),
    finished: v.finished,
  }));
  const selected = selectedId ? vehicles[selectedId] : undefined;
  const lined = all.length <= LINES_UP_TO ? [...all] : selected ? [selected] : [];

  const routes: SceneLine[] = [];
  const destinations: SceneDestination[] = [];
  const trails: SceneLine[] = [];
  // Deliveries on one route share its line and destination (drawn once, in the colour of the
  // first of them; the selected one comes first so its route is highlighted in its colour).
  const routesDrawn = new Set<string>();
  if (selected && lined.length > 1) lined.sort((a, b) => (a === selected ? -1 : b === selected ? 1 : 0));
  for (const v of lined) {
    const color = colorOf(v.deliveryId);
    const route = routesById.get(v.routeId);
    if (route && !routesDrawn.has(route.id)) {
      routesDrawn.add(route.id);
      routes.push({ id: v.deliveryId, color, coordinates: route.geometry.coordinates });
      destinations.push({ id: v.deliveryId, color, lat: route.end.lat, lng: route.end.lng, title: route.title });
    }
    if (v.trail.length >= 2) trails.push({ id: v.deliveryId, color, coordinates: trailPoints(v.trail) });
  }
  const routesKey = (lines: readonly SceneLine[]) => lines.map((l) => `${l.id}@${l.coordinates.length}`).join();
  const trailsKey = (lines: readonly SceneLine[]) =>
    lines.map((l) => `${l.id}:${l.coordinates.length}:${l.coordinates[l.coordinates.length - 1]?.join(',')}`).join();
  const same = previous !== null;
  return {
    vehicles: sceneVehicles,
    routes: same && routesKey(previous.routes) === routesKey(routes) ? previous.routes : routes,
    destinations:
      same && routesKey(previous.routes) === routesKey(routes) && previous.destinations.length === destinations.length
        ? previous.destinations
        : destinations,
    trails: same && trailsKey(previous.trails) === trailsKey(trails) ? previous.trails : trails,
    selectedId,
  };
}
