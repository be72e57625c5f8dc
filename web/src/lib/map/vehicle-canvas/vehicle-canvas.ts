import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { affineAround, apply, fromWorld, screenRotation, toWorld } from './projection';
import { HEADING_STEPS, Sprites } from './sprites';
import { GLIDE_UP_TO, VehicleGlides } from './vehicle-glide';
import { clusterRadius, hitTest, layoutVehicles, type Layout, type PlacedVehicle } from './vehicle-layout';

/** What the overlay needs of a vehicle. */
export interface CanvasVehicle {
  deliveryId: string;
  lat: number;
  lng: number;
  /** Degrees clockwise from north; null before it moved. */
  headingDeg: number | null;
  finished: boolean;
}

export interface VehicleCanvasOptions {
  colorOf: (deliveryId: string) => string;
  deliveredColor: string;
  /** A vehicle was clicked (its id), or the map away from any vehicle (null). */
  onSelect: (deliveryId: string | null) => void;
  /** After every draw: e.g. to move the popup along with its vehicle. */
  onDraw?: () => void;
}

const EMPTY_LAYOUT: Layout = { mode: 'arrows', vehicles: [], clusters: [], selected: null };

/**
 * Draws the vehicles on a 2D canvas laid over the map instead of in one of its layers. A map
 * layer that changes twice a second makes the map repaint everything (tiles, labels, routes) on
 * every frame of a glide, which a software-rendered WebGL (headless Chromium, many laptops'
 * fallbacks) cannot do at frame rate; stamping sprites on a canvas of its own costs microseconds
 * per vehicle, and the map itself repaints only when it moves.
 */
export class VehicleCanvas {
  private readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D | null;
  private readonly sprites: Sprites;
  private readonly glides = new VehicleGlides();
  private vehicles: ReadonlyMap<string, CanvasVehicle> = new Map();
  private selectedId: string | null = null;
  private layout: Layout = EMPTY_LAYOUT;
  private frame: number | null = null;
  private pixelRatio = 1;

  constructor(
    private readonly map: MapLibreMap,
    private readonly options: VehicleCanvasOptions,
  ) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'vehicle-canvas';
    Object.assign(this.canvas.style, { position: 'absolute', left: '0', top: '0', pointerEvents: 'none' });
    this.canvas.setAttribute('aria-hidden', 'true');
    map.getCanvasContainer().appendChild(this.canvas);
    this.ctx = this.canvas.getContext('2d');
    this.pixelRatio = window.devicePixelRatio || 1;
    this.sprites = new Sprites(this.pixelRatio, options.deliveredColor);
    this.resize();
    map.on('render', this.draw);
    map.on('resize', this.resize);
    map.on('click', this.click);
    map.on('mousemove', this.hover);
  }

  /** The vehicles to draw now, by delivery id; the ones missing leave the map. */
  setVehicles(vehicles: ReadonlyMap<string, CanvasVehicle>): void {
    this.vehicles = vehicles;
    this.glides.update(vehicles, performance.now(), vehicles.size <= GLIDE_UP_TO && !reducedMotion());
    this.schedule();
  }

  setSelected(deliveryId: string | null): void {
    if (deliveryId === this.selectedId) return;
    this.selectedId = deliveryId;
    this.schedule();
  }

  /** Where a vehicle is drawn now, [lng, lat] (mid-glide, it is between two reports). */
  drawnPosition(deliveryId: string): [number, number] | null {
    const world = this.glides.position(deliveryId, performance.now());
    return world ? fromWorld(world.x, world.y) : null;
  }

  /** What the last frame drew: how, and each vehicle drawn on its own (tests and debugging read it). */
  drawn(): { mode: Layout['mode']; vehicles: string[]; clusters: number } {
    const ids = this.layout.vehicles.map((v) => v.deliveryId);
    if (this.layout.selected) ids.push(this.layout.selected.deliveryId);
    return { mode: this.layout.mode, vehicles: ids, clusters: this.layout.clusters.length };
  }

  destroy(): void {
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.map.off('render', this.draw);
    this.map.off('resize', this.resize);
    this.map.off('click', this.click);
    this.map.off('mousemove', this.hover);
    this.canvas.remove();
  }

  private schedule(): void {
    this.frame ??= requestAnimationFrame(() => {
      this.frame = null;
      this.draw();
    });
  }

  private readonly resize = (): void => {
    const source = this.map.getCanvas();
    const width = source.clientWidth;
    const height = source.clientHeight;
    this.canvas.style.width = `${width}px`;
    this.canvas.style.height = `${height}px`;
    this.canvas.width = Math.round(width * this.pixelRatio);
    this.canvas.height = Math.round(height * this.pixelRatio);
    this.schedule();
  };

  private readonly draw = (): void => {
    const ctx = this.ctx;
    if (!ctx) return;
    const now = performance.now();
    const width = this.canvas.width / this.pixelRatio;
    const height = this.canvas.height / this.pixelRatio;
    const center = this.map.getCenter();
    const affine = affineAround((lngLat) => this.map.project(lngLat), toWorld(center.lng, center.lat));
    const pitched = this.map.getPitch() !== 0;
    const turn = screenRotation(affine);
    const placed: PlacedVehicle[] = [];
    for (const vehicle of this.vehicles.values()) {
      const world = this.glides.position(vehicle.deliveryId, now);
      if (!world) continue;
      const point = pitched ? this.map.project(fromWorld(world.x, world.y)) : apply(affine, world.x, world.y);
      placed.push({
        deliveryId: vehicle.deliveryId,
        x: point.x,
        y: point.y,
        color: this.options.colorOf(vehicle.deliveryId),
        angle: vehicle.headingDeg === null ? null : (vehicle.headingDeg * Math.PI) / 180 + turn,
        finished: vehicle.finished,
      });
    }
    this.layout = layoutVehicles(placed, width, height, this.selectedId);
    this.paint(ctx);
    this.options.onDraw?.();
    if (this.glides.moving(now)) this.schedule();
  };

  private paint(ctx: CanvasRenderingContext2D): void {
    const ratio = this.pixelRatio;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    const { mode, vehicles, clusters, selected } = this.layout;
    for (const v of vehicles) this.stamp(ctx, v, mode === 'arrows' ? 1 : 0, ratio);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    if (clusters.length > 0) {
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.font = '600 11px system-ui, sans-serif';
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      for (const c of clusters) {
        const r = clusterRadius(c.count);
        ctx.fillStyle = 'rgba(28, 126, 214, 0.82)';
        ctx.strokeStyle = '#ffffff';
        ctx.lineWidth = 2;
        ctx.beginPath();
        ctx.arc(c.x, c.y, r, 0, Math.PI * 2);
        ctx.fill();
        ctx.stroke();
        ctx.fillStyle = '#ffffff';
        ctx.fillText(c.count >= 1000 ? `${Math.round(c.count / 100) / 10}k` : String(c.count), c.x, c.y);
      }
    }
    if (selected) {
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.fillStyle = 'rgba(255, 255, 255, 0.85)';
      ctx.strokeStyle = selected.color;
      ctx.lineWidth = 3;
      ctx.beginPath();
      ctx.arc(selected.x, selected.y, 17, 0, Math.PI * 2);
      ctx.fill();
      ctx.stroke();
      this.stamp(ctx, selected, 1.3, ratio);
    }
  }

  /** One marker: an arrow turned to its heading, a dot before it moved, a check once delivered (or a small dot when crowded). */
  private stamp(ctx: CanvasRenderingContext2D, v: PlacedVehicle, scale: number, ratio: number): void {
    const kind = scale === 0 ? 'small' : v.finished ? 'done' : v.angle === null ? 'dot' : 'arrow';
    const step = kind === 'arrow' ? headingStep(v.angle!) : 0;
    const sprite = this.sprites.get(kind, v.color, step);
    if (scale > 1) {
      const size = this.sprites.size(kind) * scale * ratio;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.drawImage(sprite, v.x * ratio - size / 2, v.y * ratio - size / 2, size, size);
      return;
    }
    // Whole device pixels and no transform: a straight copy of the sprite.
    ctx.drawImage(sprite, Math.round(v.x * ratio - sprite.width / 2), Math.round(v.y * ratio - sprite.height / 2));
  }

  private readonly click = (event: MapMouseEvent): void => {
    const hit = hitTest(this.layout, event.point.x, event.point.y);
    if (hit?.kind === 'cluster') {
      const lngLat = this.map.unproject([hit.cluster.x, hit.cluster.y]);
      this.map.easeTo({ center: lngLat, zoom: this.map.getZoom() + 2 });
      return;
    }
    this.options.onSelect(hit?.kind === 'vehicle' ? hit.deliveryId : null);
  };

  private readonly hover = (event: MapMouseEvent): void => {
    const hit = hitTest(this.layout, event.point.x, event.point.y);
    this.map.getCanvas().style.cursor = hit ? 'pointer' : '';
  };
}

/** The nearest of the HEADING_STEPS pre-drawn headings to an angle (radians clockwise from screen-up). */
export function headingStep(angle: number): number {
  const turn = angle / (2 * Math.PI);
  return (((Math.round(turn * HEADING_STEPS) % HEADING_STEPS) + HEADING_STEPS) % HEADING_STEPS);
}

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
