import type { MapScene } from '../map-scene';

/** Degrees `[west, south, east, north]`. */
export type Bounds = [number, number, number, number];

/** The box around everything the scene draws (lines, vehicles, destinations), or null when it draws nothing. */
export function sceneBounds(scene: MapScene): Bounds | null {
  let bounds: Bounds | null = null;
  const add = (lng: number, lat: number) => {
    if (!bounds) bounds = [lng, lat, lng, lat];
    else bounds = [Math.min(bounds[0], lng), Math.min(bounds[1], lat), Math.max(bounds[2], lng), Math.max(bounds[3], lat)];
  };
  for (const line of [...scene.routes, ...scene.trails]) for (const [lng, lat] of line.coordinates) add(lng, lat);
  for (const vehicle of scene.vehicles) add(vehicle.lng, vehicle.lat);
  for (const destination of scene.destinations) add(destination.lng, destination.lat);
  return bounds;
}

/** A key that changes only when the bounds move by more than about 10 m: refit the camera then, not on every position. */
export function boundsKey(bounds: Bounds | null): string {
  return bounds ? bounds.map((n) => n.toFixed(4)).join(',') : '';
}

/** The selected vehicle of the scene, if it is on the map. */
export function selectedVehicle(scene: MapScene) {
  return scene.selectedId === null ? undefined : scene.vehicles.find((v) => v.deliveryId === scene.selectedId);
}
