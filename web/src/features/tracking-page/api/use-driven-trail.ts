import { useState } from 'react';
import type { LiveVehicle, TrailPoint } from '../utils/tracking-view';

/** Longest trail kept in memory; older points are thinned (every other one dropped). */
const MAX_POINTS = 4000;

export interface DrivenTrail {
  points: readonly TrailPoint[];
  /** The live feed said it was delivered (sticks after the vehicle leaves the feed). */
  deliveredLive: boolean;
  /** The vehicle was seen in transit and has left the feed without being seen delivered. */
  lost: boolean;
}

interface TrailState extends DrivenTrail {
  deliveryId: string;
  seq: number;
  seeded: boolean;
  vehicle: LiveVehicle | null;
}

const initial = (deliveryId: string): TrailState => ({
  deliveryId,
  seq: -1,
  seeded: false,
  vehicle: null,
  points: [],
  deliveredLive: false,
  lost: false,
});

/**
 * The path the delivery's vehicle drove: seeded once from the snapshot's trail (`[lat, lng]`
 * points), then one point per newer live position.
 */
export function useDrivenTrail(
  deliveryId: string,
  vehicle: LiveVehicle | null,
  seed: readonly (readonly [number, number])[] | undefined,
): DrivenTrail {
  const [state, setState] = useState<TrailState>(() => initial(deliveryId));
  // Adjusting state to new props during render (no effect, no extra paint), as React advises.
  const next = advance(state.deliveryId === deliveryId ? state : initial(deliveryId), vehicle, seed);
  if (next !== state) setState(next);
  return next;
}

function advance(state: TrailState, vehicle: LiveVehicle | null, seed: TrailSeed): TrailState {
  let next = state;
  if (!next.seeded && seed && seed.length > 1 && next.points.length <= 1) {
    next = { ...next, seeded: true, points: seed.map(([lat, lng]) => ({ lat, lng, emittedAt: null })) };
  }
  if (vehicle !== next.vehicle) {
    next = { ...next, vehicle };
    if (vehicle && vehicle.seq > next.seq) {
      const point = { lat: vehicle.lat, lng: vehicle.lng, emittedAt: vehicle.emittedAt };
      const last = next.points[next.points.length - 1];
      // A seeded trail ends where the snapshot's position is: time that point rather than repeat it.
      const points = last && last.emittedAt === null && last.lat === point.lat && last.lng === point.lng
        ? [...next.points.slice(0, -1), point]
        : [...next.points, point];
      next = { ...next, seq: vehicle.seq, points: points.length > MAX_POINTS ? thin(points) : points };
    }
    if (vehicle?.finished) next = { ...next, deliveredLive: true };
    next = { ...next, lost: !vehicle && !next.deliveredLive && next.seq >= 0 };
  }
  return next;
}

type TrailSeed = readonly (readonly [number, number])[] | undefined;

function thin(points: readonly TrailPoint[]): TrailPoint[] {
  const recent = points.slice(-100);
  const older = points.slice(0, -100).filter((_, i) => i % 2 === 0);
  return [...older, ...recent];
}
