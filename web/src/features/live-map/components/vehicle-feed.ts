import type { SceneVehicle } from '../../../lib/map/map-scene';
import type { DrawnVehicle } from '../utils/map-data';

/**
 * Vehicles at the pace they arrive, read outside React: the MapLibre map subscribes and
 * redraws without the page re-rendering. Renderers that do not take a feed draw
 * `scene.vehicles` (refreshed by the page about once a second).
 */
export interface VehicleFeed {
  subscribe(listener: () => void): () => void;
  /** Every vehicle now by delivery id; a new object whenever one changed. */
  vehicles(): Readonly<Record<string, DrawnVehicle>>;
}

/** A feed of the scene's vehicles (for a page that has no live store). */
export function sceneVehicles(vehicles: readonly SceneVehicle[]): Readonly<Record<string, DrawnVehicle>> {
  const byId: Record<string, DrawnVehicle> = {};
  for (const v of vehicles) byId[v.deliveryId] = { ...v, emittedAt: Number.NaN };
  return byId;
}
