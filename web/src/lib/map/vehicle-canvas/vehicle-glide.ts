import { toWorld, type World } from './projection';

/** A vehicle between two reported positions, in world coordinates. */
interface Glide {
  from: World;
  to: World;
  startMs: number;
  durationMs: number;
  lastReportMs: number;
}

/** Above this many vehicles, markers step from position to position instead of gliding. */
export const GLIDE_UP_TO = 1_500;
const SHORTEST_GLIDE_MS = 100;
const LONGEST_GLIDE_MS = 1_000;

/**
 * Where each vehicle is drawn at a given time: it glides from where it was drawn to its newly
 * reported position over about the time between its reports (so it arrives as the next one
 * comes), or jumps there when gliding is off.
 */
export class VehicleGlides {
  private readonly glides = new Map<string, Glide>();

  /** Takes the vehicles' reported positions; those missing are forgotten. */
  update(
    positions: ReadonlyMap<string, { lng: number; lat: number }>,
    nowMs: number,
    glide: boolean,
  ): void {
    for (const id of this.glides.keys()) if (!positions.has(id)) this.glides.delete(id);
    for (const [id, position] of positions) {
      const known = this.glides.get(id);
      const to = toWorld(position.lng, position.lat);
      if (!known) {
        this.glides.set(id, { from: to, to, startMs: nowMs, durationMs: 0, lastReportMs: nowMs });
        continue;
      }
      if (known.to.x === to.x && known.to.y === to.y) continue;
      const since = nowMs - known.lastReportMs;
      known.from = glide ? this.at(known, nowMs) : to;
      known.to = to;
      known.startMs = nowMs;
      known.durationMs = glide ? Math.min(LONGEST_GLIDE_MS, Math.max(SHORTEST_GLIDE_MS, since)) : 0;
      known.lastReportMs = nowMs;
    }
  }

  /** Where the vehicle is drawn at `nowMs` (world coordinates), or null if unknown. */
  position(id: string, nowMs: number): World | null {
    const known = this.glides.get(id);
    return known ? this.at(known, nowMs) : null;
  }

  /** Whether any vehicle is still on its way at `nowMs` (another frame is needed). */
  moving(nowMs: number): boolean {
    for (const g of this.glides.values()) if (nowMs < g.startMs + g.durationMs) return true;
    return false;
  }

  private at(g: Glide, nowMs: number): World {
    if (g.durationMs <= 0 || nowMs >= g.startMs + g.durationMs) return g.to;
    const t = Math.max(0, (nowMs - g.startMs) / g.durationMs);
    return { x: g.from.x + (g.to.x - g.from.x) * t, y: g.from.y + (g.to.y - g.from.y) * t };
  }
}
