import type { MapViewport } from '../../../lib/map/map-scene';
import { FLEET_SCOPE, sameScope } from '../../../lib/tracking-scope';
import type { TrackingScope } from '../../../types/api';

type Bbox = readonly [number, number, number, number];

/** Below this zoom the view holds (most of) a city or more: watch the whole fleet. */
export const FLEET_BELOW_ZOOM = 9;
/** A view wider or taller than this (degrees) watches the whole fleet too. */
export const FLEET_SPAN_DEGREES = 2;
/** An area scope asks for the visible box grown by this fraction of its size on every side. */
export const AREA_PADDING = 0.25;
/** Viewport changes within this long are coalesced into one subscription. */
export const SCOPE_DEBOUNCE_MS = 400;

/**
 * What the map should subscribe to for this view. While auto-fitting (the camera follows the
 * fleet, so it must see all of it) or zoomed out: the fleet. Otherwise the visible box, padded,
 * as an area; the current area is kept while the view stays inside it (no resubscribe for a
 * small pan or zoom in).
 */
export function scopeForViewport(viewport: MapViewport | null, current: TrackingScope, autoFit: boolean): TrackingScope {
  if (autoFit || !viewport) return FLEET_SCOPE;
  const [west, south, east, north] = viewport.bbox;
  const span = Math.max(east - west, north - south);
  if (viewport.zoom < FLEET_BELOW_ZOOM || !(span <= FLEET_SPAN_DEGREES) || west < -180 || east > 180) return FLEET_SCOPE;
  if (current.kind === 'area' && bboxContains(current.bbox, viewport.bbox)) return current;
  return { kind: 'area', bbox: padBbox(viewport.bbox, AREA_PADDING) };
}

/** The box grown by `fraction` of its width/height on each side, kept on the globe, to 5 decimals. */
export function padBbox(bbox: Bbox, fraction: number): [number, number, number, number] {
  const [west, south, east, north] = bbox;
  const dx = (east - west) * fraction;
  const dy = (north - south) * fraction;
  const round = (n: number) => Math.round(n * 1e5) / 1e5;
  return [
    round(Math.max(-180, west - dx)),
    round(Math.max(-90, south - dy)),
    round(Math.min(180, east + dx)),
    round(Math.min(90, north + dy)),
  ];
}

/** Whether `inner` lies within `outer` (boxes that do not cross the antimeridian). */
export function bboxContains(outer: Bbox, inner: Bbox): boolean {
  return inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
}

/**
 * Turns a stream of viewport changes into few subscriptions: a change is applied
 * `delayMs` after the last one (a pan or zoom gesture fires many), and only when it gives
 * another scope. Starting or stopping auto-fit applies at once (fit-all needs the fleet).
 */
export class ScopeCoalescer {
  private current: TrackingScope;
  private viewport: MapViewport | null = null;
  private autoFit: boolean;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    initial: TrackingScope,
    autoFit: boolean,
    private readonly apply: (scope: TrackingScope) => void,
    private readonly delayMs = SCOPE_DEBOUNCE_MS,
  ) {
    this.current = initial;
    this.autoFit = autoFit;
  }

  get scope(): TrackingScope {
    return this.current;
  }

  viewportChanged(viewport: MapViewport): void {
    this.viewport = viewport;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.decide();
    }, this.delayMs);
  }

  autoFitChanged(autoFit: boolean): void {
    if (autoFit === this.autoFit) return;
    this.autoFit = autoFit;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.decide();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private decide(): void {
    const next = scopeForViewport(this.viewport, this.current, this.autoFit);
    if (sameScope(next, this.current)) return;
    this.current = next;
    this.apply(next);
  }
}
