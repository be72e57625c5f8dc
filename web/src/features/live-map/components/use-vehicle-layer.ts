import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import { VehicleCanvas, type CanvasVehicle } from '../../../lib/map/vehicle-canvas/vehicle-canvas';
import { colorOf, DELIVERED_COLOR } from '../../../utils/delivery-colors';
import type { DrawnVehicle } from '../utils/map-data';
import type { VehicleFeed } from './vehicle-feed';

declare global {
  interface Window {
    /**
     * Test/debug hook: what the vehicle overlay drew last (`drawn()`: its mode and the ids of
     * the vehicles drawn one by one) and where a vehicle is drawn now (`position(id)`, [lng, lat]).
     */
    codeDeliveryVehicles?: {
      drawn: () => { mode: string; vehicles: string[]; clusters: number };
      position: (deliveryId: string) => [number, number] | null;
    };
  }
}

export interface VehicleLayer {
  /** The vehicles drawn last (by delivery id). */
  current: () => Readonly<Record<string, DrawnVehicle>>;
  /** Where a vehicle is drawn now ([lng, lat]). */
  drawnPosition: (deliveryId: string) => readonly [number, number] | null;
}

/**
 * Keeps the vehicle overlay (lib/map/vehicle-canvas) in step with the feed: vehicles glide,
 * turn to their heading, thin out to dots and clusters as the view fills, and a click on one
 * selects it. `onFrame` runs after each draw (e.g. to move the popup with its vehicle);
 * `onUpdate` after each change of the vehicles (e.g. for the camera).
 */
export function useVehicleLayer(
  map: MapLibreMap | undefined,
  feed: VehicleFeed,
  selectedId: string | null,
  onSelect: (deliveryId: string | null) => void,
  onFrame: (layer: VehicleLayer) => void,
  onUpdate: () => void,
): VehicleLayer {
  const overlayRef = useRef<VehicleCanvas | null>(null);
  const vehiclesRef = useRef<Readonly<Record<string, DrawnVehicle>>>({});
  const [layer] = useState<VehicleLayer>(() => ({
    current: () => vehiclesRef.current,
    drawnPosition: (id) => overlayRef.current?.drawnPosition(id) ?? null,
  }));
  const handlers = useRef({ onSelect, onFrame, onUpdate });
  useEffect(() => {
    handlers.current = { onSelect, onFrame, onUpdate };
  });

  useEffect(() => {
    if (!map) return;
    const overlay = new VehicleCanvas(map, {
      colorOf,
      deliveredColor: DELIVERED_COLOR,
      onSelect: (id) => handlers.current.onSelect(id),
      onDraw: () => handlers.current.onFrame(layer),
    });
    overlayRef.current = overlay;
    window.codeDeliveryVehicles = { drawn: () => overlay.drawn(), position: (id) => overlay.drawnPosition(id) };
    const update = () => {
      const vehicles = feed.vehicles();
      if (vehicles === vehiclesRef.current) return;
      vehiclesRef.current = vehicles;
      overlay.setVehicles(toCanvasVehicles(vehicles));
      handlers.current.onUpdate();
    };
    vehiclesRef.current = {};
    update();
    const unsubscribe = feed.subscribe(update);
    return () => {
      unsubscribe();
      overlay.destroy();
      if (overlayRef.current === overlay) overlayRef.current = null;
      delete window.codeDeliveryVehicles;
    };
  }, [map, feed, layer]);

  useEffect(() => {
    overlayRef.current?.setSelected(selectedId);
  }, [map, feed, selectedId]);

  return layer;
}

function toCanvasVehicles(vehicles: Readonly<Record<string, DrawnVehicle>>): Map<string, CanvasVehicle> {
  const byId = new Map<string, CanvasVehicle>();
  for (const id in vehicles) byId.set(id, vehicles[id]!);
  return byId;
}
