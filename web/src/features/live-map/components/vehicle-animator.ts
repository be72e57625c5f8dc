import type { FeatureCollection, Point } from 'geojson';
import { vehiclesToGeoJson, type DrawnVehicle, type VehicleProperties } from '../utils/map-data';
import { advanceMotions, drawnAt, isMoving, type LngLat, type VehicleMotions } from '../utils/vehicle-motion';

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/**
 * Vehicles glide between reported positions while at most this many are on the map; above,
 * each one steps to its new position (one draw per update instead of one per frame): the
 * GeoJSON of thousands of points cannot be rebuilt and re-tiled 60 times a second.
 */
export const GLIDE_UP_TO = 1000;

/**
 * Glides vehicle markers between reported positions. Draws (one `draw` for all vehicles) on
 * animation frames, and only while a vehicle is moving or something changed.
 */
export class VehicleAnimator {
  private vehicles: Readonly<Record<string, DrawnVehicle>> = {};
  private motions: VehicleMotions = {};
  private frame: number | null = null;
  private readonly reducedMotion = typeof matchMedia === 'function' ? matchMedia(REDUCED_MOTION) : null;
  private readonly draw: (data: FeatureCollection<Point, VehicleProperties>) => void;
  private drawnTime = 0;

  constructor(draw: (data: FeatureCollection<Point, VehicleProperties>) => void) {
    this.draw = draw;
  }

  /**
   * The vehicles to show now (a new object when any changed). `glide: false` places them at
   * once (e.g. while they are drawn as clusters, whose members cannot be seen moving).
   */
  update(vehicles: Readonly<Record<string, DrawnVehicle>>, count = Object.keys(vehicles).length, glide = true): void {
    const animate = glide && !this.reducedMotion?.matches && count <= GLIDE_UP_TO;
    this.motions = advanceMotions(this.motions, vehicles, performance.now(), animate);
    this.vehicles = vehicles;
    this.frame ??= requestAnimationFrame(this.tick);
  }

  /** Where a vehicle was drawn in the last frame ([lng, lat]), or null when it is not on the map. */
  drawnPosition(deliveryId: string): LngLat | null {
    const motion = this.motions[deliveryId];
    return motion ? drawnAt(motion, this.drawnTime) : null;
  }

  stop(): void {
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.frame = null;
  }

  private readonly tick = (): void => {
    this.frame = null;
    const now = performance.now();
    this.drawnTime = now;
    const motions = this.motions;
    let moving = false;
    this.draw(
      vehiclesToGeoJson(this.vehicles, (v) => {
        const motion = motions[v.deliveryId];
        if (!motion) return [v.lng, v.lat];
        if (!moving && isMoving(motion, now)) moving = true;
        return drawnAt(motion, now);
      }),
    );
    if (moving) this.frame = requestAnimationFrame(this.tick);
  };
}
