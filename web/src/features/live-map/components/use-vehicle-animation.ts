import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import type { TrackedVehicle } from '../stores/tracking-state';
import { setSourceData } from './map-layers';
import { VehicleAnimator } from './vehicle-animator';

/** Keeps the `vehicles` source in step with `vehicles`, gliding each dot to its new position. */
export function useVehicleAnimation(
  map: MapLibreMap | undefined,
  styleGeneration: number | undefined,
  vehicles: Readonly<Record<string, TrackedVehicle>>,
): void {
  const animator = useRef<VehicleAnimator | null>(null);

  useEffect(() => {
    if (!map) return;
    const created = new VehicleAnimator((data) => setSourceData(map, 'vehicles', data));
    animator.current = created;
    return () => {
      created.stop();
      animator.current = null;
    };
  }, [map]);

  useEffect(() => {
    animator.current?.update(vehicles);
  }, [map, styleGeneration, vehicles]);
}
