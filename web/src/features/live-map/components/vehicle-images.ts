import type { Map as MapLibreMap, MapStyleImageMissingEvent } from 'maplibre-gl';
import { DELIVERED_COLOR, DELIVERY_PALETTE } from '../../../utils/delivery-colors';

/**
 * The vehicle markers, drawn once on a canvas and added with `map.addImage` (no sprite sheet,
 * works offline): per palette colour an arrow pointing north (rotated by the layer's
 * `icon-rotate` = heading) and a dot (a vehicle that has not moved yet), plus a green check for
 * delivered ones. Cluster counts are drawn on demand (`styleimagemissing`), so the built-in
 * basemap needs no glyphs.
 */
const PIXEL_RATIO = 2;
const SIZE = 26; // CSS px

export const CLUSTER_COUNT_PREFIX = 'cluster-count:';

export function addVehicleImages(map: MapLibreMap): void {
  DELIVERY_PALETTE.forEach((color, i) => {
    addDrawn(map, `vehicle-arrow-${i}`, (ctx, s) => arrow(ctx, s, color));
    addDrawn(map, `vehicle-dot-${i}`, (ctx, s) => dot(ctx, s, color));
  });
  addDrawn(map, 'vehicle-done', (ctx, s) => check(ctx, s));
}

/** Draws cluster count labels the first time a count is shown. */
export function onMissingImage(map: MapLibreMap) {
  return (event: MapStyleImageMissingEvent) => {
    if (!event.id.startsWith(CLUSTER_COUNT_PREFIX) || map.hasImage(event.id)) return;
    const text = event.id.slice(CLUSTER_COUNT_PREFIX.length);
    addDrawn(map, event.id, (ctx, s) => label(ctx, s, text), 40);
  };
}

function addDrawn(map: MapLibreMap, id: string, draw: (ctx: CanvasRenderingContext2D, size: number) => void, cssSize = SIZE) {
  if (map.hasImage(id)) return;
  const size = cssSize * PIXEL_RATIO;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return; // no canvas (tests): the layers draw nothing for this image
  draw(ctx, size);
  map.addImage(id, ctx.getImageData(0, 0, size, size), { pixelRatio: PIXEL_RATIO });
}

function arrow(ctx: CanvasRenderingContext2D, s: number, color: string) {
  ctx.beginPath();
  ctx.moveTo(s * 0.5, s * 0.08);
  ctx.lineTo(s * 0.86, s * 0.88);
  ctx.lineTo(s * 0.5, s * 0.7);
  ctx.lineTo(s * 0.14, s * 0.88);
  ctx.closePath();
  ctx.lineJoin = 'round';
  ctx.lineWidth = s * 0.1;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
  ctx.fillStyle = color;
  ctx.fill();
}

function dot(ctx: CanvasRenderingContext2D, s: number, color: string) {
  ctx.beginPath();
  ctx.arc(s / 2, s / 2, s * 0.3, 0, Math.PI * 2);
  ctx.fillStyle = color;
  ctx.fill();
  ctx.lineWidth = s * 0.1;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
}

function check(ctx: CanvasRenderingContext2D, s: number) {
  dot(ctx, s, DELIVERED_COLOR);
  ctx.beginPath();
  ctx.moveTo(s * 0.36, s * 0.5);
  ctx.lineTo(s * 0.46, s * 0.6);
  ctx.lineTo(s * 0.65, s * 0.4);
  ctx.lineWidth = s * 0.08;
  ctx.lineCap = 'round';
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
}

function label(ctx: CanvasRenderingContext2D, s: number, text: string) {
  ctx.fillStyle = '#ffffff';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.font = `600 ${Math.round(s * (text.length > 3 ? 0.26 : 0.32))}px system-ui, sans-serif`;
  ctx.fillText(text, s / 2, s / 2 + 1);
}
