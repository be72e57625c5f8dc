import type { Position } from '../../../types/api';

export type LngLat = readonly [number, number];

/** How one vehicle's dot travels from `from` to `to`, starting at `startMs` (animation clock). */
export interface VehicleMotion {
  seq: number;
  /** `emittedAt` (epoch ms) of the position at `to`; NaN when unknown. */
  emittedAtMs: number;
  from: LngLat;
  to: LngLat;
  startMs: number;
  durationMs: number;
}

export type VehicleMotions = Readonly<Record<string, VehicleMotion>>;
export type MovingVehicle = Pick<Position, 'deliveryId' | 'seq' | 'lat' | 'lng' | 'emittedAt'>;

export const DEFAULT_DURATION_MS = 500;
export const MIN_DURATION_MS = 100;
export const MAX_DURATION_MS = 1500;

/** The gap between two reports, clamped; the default when either time is unknown. */
export function motionDurationMs(previousEmittedAtMs: number, emittedAtMs: number): number {
  const gap = emittedAtMs - previousEmittedAtMs;
  if (!Number.isFinite(gap)) return DEFAULT_DURATION_MS;
  return Math.min(MAX_DURATION_MS, Math.max(MIN_DURATION_MS, gap));
}

/** Where the dot is drawn at `nowMs`: linear from `from` to `to`, exactly `to` once done. */
export function drawnAt(motion: VehicleMotion, nowMs: number): LngLat {
  const progress = motion.durationMs > 0 ? (nowMs - motion.startMs) / motion.durationMs : 1;
  if (progress >= 1) return motion.to;
  if (progress <= 0) return motion.from;
  const [fromLng, fromLat] = motion.from;
  const [toLng, toLat] = motion.to;
  return [fromLng + (toLng - fromLng) * progress, fromLat + (toLat - fromLat) * progress];
}

export function isMoving(motion: VehicleMotion, nowMs: number): boolean {
  return nowMs < motion.startMs + motion.durationMs;
}

/**
 * One motion per vehicle: unchanged while its seq is, otherwise a glide from where it is
 * drawn now to its new position. New vehicles, and every vehicle when `animate` is false,
 * are placed at once. Vehicles no longer present lose their motion.
 */
export function advanceMotions(
  motions: VehicleMotions,
  vehicles: Readonly<Record<string, MovingVehicle>>,
  nowMs: number,
  animate: boolean,
): VehicleMotions {
  const next: Record<string, VehicleMotion> = {};
  for (const vehicle of Object.values(vehicles)) {
    const motion = motions[vehicle.deliveryId];
    next[vehicle.deliveryId] =
      motion && motion.seq === vehicle.seq ? motion : moveTo(animate ? motion : undefined, vehicle, nowMs);
  }
  return next;
}

function moveTo(motion: VehicleMotion | undefined, vehicle: MovingVehicle, nowMs: number): VehicleMotion {
  const to: LngLat = [vehicle.lng, vehicle.lat];
  const emittedAtMs = Number.isFinite(vehicle.emittedAt) ? vehicle.emittedAt : Number.NaN;
  return {
    seq: vehicle.seq,
    emittedAtMs,
    from: motion ? drawnAt(motion, nowMs) : to,
    to,
    startMs: nowMs,
    durationMs: motion ? motionDurationMs(motion.emittedAtMs, emittedAtMs) : 0,
  };
}
