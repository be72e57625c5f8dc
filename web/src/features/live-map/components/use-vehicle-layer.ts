import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import type { DrawnVehicle } from '../utils/map-data';
import { CLUSTER_MAX_ZOOM, setClustered, setSourceData, shouldCluster } from './map-layers';
import { VehicleAnimator } from './vehicle-animator';
import type { VehicleFeed } from './vehicle-feed';

export interface VehicleLayer {
  /** The vehicles drawn last (by delivery id). */
  current: () => Readonly<Record<string, DrawnVehicle>>;
  /** Where a vehicle is drawn now ([lng, lat]). */
  drawnPosition: (deliveryId: string) => readonly [number, number] | null;
  clustered: () => boolean;
}

/**
 * Keeps the `vehicles` source in step with the feed (or the scene's vehicles): one `setData`
 * per animation frame while vehicles glide, clustering switched on for large fleets.
 * `onFrame` runs after each draw (e.g. to move the popup with its vehicle); `onUpdate` after
 * each change of the vehicles (e.g. for the camera).
 */
export function useVehicleLayer(
  map: MapLibreMap | undefined,
  styleGeneration: number | undefined,
  feed: VehicleFeed,
  onFrame: (layer: VehicleLayer) => void,
  onUpdate: () => void,
): VehicleLayer {
  const animatorRef = useRef<VehicleAnimator | null>(null);
  const clusteredRef = useRef(false);
  const vehiclesRef = useRef<Readonly<Record<string, DrawnVehicle>>>({});
  const onFrameRef = useRef(onFrame);
  const onUpdateRef = useRef(onUpdate);
  const [layer] = useState<VehicleLayer>(() => ({
    current: () => vehiclesRef.current,
    drawnPosition: (id) => animatorRef.current?.drawnPosition(id) ?? null,
    clustered: () => clusteredRef.current,
  }));
  useEffect(() => {
    onFrameRef.current = onFrame;
    onUpdateRef.current = onUpdate;
  });

  useEffect(() => {
    if (!map || styleGeneration === undefined) return;
    const animator = new VehicleAnimator((data) => {
      setSourceData(map, 'vehicles', data);
      onFrameRef.current(layer);
    });
    animatorRef.current = animator;
    let clustered = clusteredRef.current;
    setClustered(map, clustered);
    const update = () => {
      const vehicles = feed.vehicles();
      if (vehicles === vehiclesRef.current && animatorRef.current === animator && clustered === clusteredRef.current) return;
      vehiclesRef.current = vehicles;
      const count = Object.keys(vehicles).length;
      if (shouldCluster(count, clustered) !== clustered) {
        clustered = !clustered;
        setClustered(map, clustered);
      }
      clusteredRef.current = clustered;
      // Clustered vehicles cannot be seen moving: no glide (one draw per update) below the clusters' last zoom.
      animator.update(vehicles, count, !clustered || map.getZoom() > CLUSTER_MAX_ZOOM);
      onUpdateRef.current();
    };
    // A new style lost the source's data: draw everything again.
    vehiclesRef.current = {};
    update();
    const unsubscribe = feed.subscribe(update);
    return () => {
      unsubscribe();
      animator.stop();
      if (animatorRef.current === animator) animatorRef.current = null;
    };
  }, [map, styleGeneration, feed, layer]);

  return layer;
}
