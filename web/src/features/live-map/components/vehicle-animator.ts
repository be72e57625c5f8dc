import type { FeatureCollection, Point } from 'geojson';
import type { TrackedVehicle } from '../stores/tracking-state';
import { vehiclesToGeoJson, type VehicleProperties } from '../utils/map-data';
import { advanceMotions, drawnAt, isMoving, type VehicleMotions } from '../utils/vehicle-motion';

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/**
 * Glides vehicle dots between reported positions. Draws (one `draw` for all vehicles) on
 * animation frames, and only while a vehicle is moving or something changed.
 */
export class VehicleAnimator {
  private motions: VehicleMotions = {};
  private vehicles: Readonly<Record<string, TrackedVehicle>> = {};
  private frame: number | null = null;
  private readonly reducedMotion = typeof matchMedia === 'function' ? matchMedia(REDUCED_MOTION) : null;
  private readonly draw: (data: FeatureCollection<Point, VehicleProperties>) => void;

  constructor(draw: (data: FeatureCollection<Point, VehicleProperties>) => void) {
    this.draw = draw;
  }

  update(vehicles: Readonly<Record<string, TrackedVehicle>>): void {
    const animate = !this.reducedMotion?.matches;
    this.motions = advanceMotions(this.motions, vehicles, performance.now(), animate);
    this.vehicles = vehicles;
    this.frame ??= requestAnimationFrame(this.tick);
  }

  stop(): void {
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.frame = null;
  }

  private readonly tick = (): void => {
    this.frame = null;
    const now = performance.now();
    const motions = this.motions;
    this.draw(vehiclesToGeoJson(this.vehicles, (v) => {
      const motion = motions[v.deliveryId];
      return motion ? drawnAt(motion, now) : [v.lng, v.lat];
    }));
    if (Object.values(motions).some((motion) => isMoving(motion, now))) {
      this.frame = requestAnimationFrame(this.tick);
    }
  };
}
