/** Marker images drawn once per colour and kind, then stamped with `drawImage`. */
export type SpriteKind = 'arrow' | 'dot' | 'done' | 'small';

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

  get(kind: SpriteKind, color: string): HTMLCanvasElement {
    const key = `${kind}:${color}`;
    let sprite = this.cache.get(key);
    if (!sprite) {
      sprite = this.draw(kind, kind === 'done' ? this.deliveredColor : color);
      this.cache.set(key, sprite);
    }
    return sprite;
  }

  private draw(kind: SpriteKind, color: string): HTMLCanvasElement {
    const size = SIZES[kind];
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = Math.ceil(size * this.pixelRatio);
    const ctx = canvas.getContext('2d');
    if (!ctx) return canvas;
    ctx.scale(this.pixelRatio, this.pixelRatio);
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
