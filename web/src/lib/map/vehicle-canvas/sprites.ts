/**
 * Marker images drawn once per colour, kind (and, for arrows, heading in 10° steps) at the
 * screen's pixel ratio, then copied with an untransformed `drawImage` at whole device pixels:
 * a plain copy is several times cheaper for a software canvas than a rotated, resampled one.
 */
export type SpriteKind = 'arrow' | 'dot' | 'done' | 'small';

/** Arrows are drawn for this many headings around the compass. */
export const HEADING_STEPS = 36;

const SIZES: Record<SpriteKind, number> = { arrow: 24, dot: 14, done: 20, small: 6 };

export class Sprites {
  private readonly cache = new Map<string, HTMLCanvasElement>();

  constructor(
    private readonly pixelRatio: number,
    private readonly deliveredColor: string,
  ) {}

  /** CSS pixels across. */
  size(kind: SpriteKind): number {
    return SIZES[kind];
  }

  /** `step`: the heading of an arrow, 0..HEADING_STEPS-1 clockwise from screen-up (0 for the others). */
  get(kind: SpriteKind, color: string, step = 0): HTMLCanvasElement {
    const key = `${kind}:${color}:${step}`;
    let sprite = this.cache.get(key);
    if (!sprite) {
      sprite = this.draw(kind, kind === 'done' ? this.deliveredColor : color, step);
      this.cache.set(key, sprite);
    }
    return sprite;
  }

  private draw(kind: SpriteKind, color: string, step: number): HTMLCanvasElement {
    const size = SIZES[kind];
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = Math.ceil(size * this.pixelRatio);
    const ctx = canvas.getContext('2d');
    if (!ctx) return canvas;
    ctx.scale(this.pixelRatio, this.pixelRatio);
    if (step !== 0) {
      ctx.translate(size / 2, size / 2);
      ctx.rotate((step * 2 * Math.PI) / HEADING_STEPS);
      ctx.translate(-size / 2, -size / 2);
    }
    ctx.fillStyle = color;
    ctx.strokeStyle = '#ffffff';
    ctx.lineJoin = 'round';
    const c = size / 2;
    switch (kind) {
      case 'arrow':
        // Points up: the canvas is rotated to the vehicle's heading when stamped.
        ctx.lineWidth = 2;
        ctx.beginPath();
        ctx.moveTo(c, 2);
        ctx.lineTo(size - 4, size - 3);
        ctx.lineTo(c, size - 7);
        ctx.lineTo(4, size - 3);
        ctx.closePath();
        ctx.stroke();
        ctx.fill();
        break;
      case 'dot':
      case 'small':
        ctx.lineWidth = kind === 'dot' ? 2 : 0;
        ctx.beginPath();
        ctx.arc(c, c, c - (kind === 'dot' ? 1.5 : 0.5), 0, Math.PI * 2);
        ctx.fill();
        if (kind === 'dot') ctx.stroke();
        break;
      case 'done':
        ctx.lineWidth = 2;
        ctx.beginPath();
        ctx.arc(c, c, c - 1.5, 0, Math.PI * 2);
        ctx.fill();
        ctx.stroke();
        ctx.beginPath();
        ctx.moveTo(c - 4.5, c);
        ctx.lineTo(c - 1, c + 3.5);
        ctx.lineTo(c + 5, c - 3.5);
        ctx.stroke();
        break;
    }
    return canvas;
  }
}
