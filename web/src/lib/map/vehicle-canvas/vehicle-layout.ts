/** A vehicle placed on screen (CSS pixels). */
export interface PlacedVehicle {
  deliveryId: string;
  x: number;
  y: number;
  color: string;
  /** Radians clockwise from screen-up, or null before the vehicle moved. */
  angle: number | null;
  finished: boolean;
}

export interface Cluster {
  x: number;
  y: number;
  count: number;
}

/**
 * How the vehicles in view are drawn, by how many there are: `arrows` (each its own arrow,
 * pointing where it drives), `dots` (small dots in the delivery's colour, so thousands stay
 * legible), `clusters` (a count per cell of the screen, dots where a cell holds one).
 */
export type LayoutMode = 'arrows' | 'dots' | 'clusters';

export interface Layout {
  mode: LayoutMode;
  /** Drawn one by one (every vehicle in arrows/dots mode; lone ones in clusters mode). */
  vehicles: PlacedVehicle[];
  clusters: Cluster[];
  /** The selected vehicle, drawn last and larger, whatever the mode. */
  selected: PlacedVehicle | null;
}

export const ARROWS_UP_TO = 2_000;
export const DOTS_UP_TO = 6_000;
export const CLUSTER_CELL_PX = 44;
/** Vehicles this far outside the viewport are still drawn (their marker reaches in). */
const MARGIN_PX = 16;

export function layoutVehicles(
  placed: readonly PlacedVehicle[],
  width: number,
  height: number,
  selectedId: string | null,
): Layout {
  const visible: PlacedVehicle[] = [];
  let selected: PlacedVehicle | null = null;
  for (const v of placed) {
    if (v.x < -MARGIN_PX || v.y < -MARGIN_PX || v.x > width + MARGIN_PX || v.y > height + MARGIN_PX) continue;
    if (v.deliveryId === selectedId) selected = v;
    else visible.push(v);
  }
  if (visible.length <= ARROWS_UP_TO) return { mode: 'arrows', vehicles: visible, clusters: [], selected };
  if (visible.length <= DOTS_UP_TO) return { mode: 'dots', vehicles: visible, clusters: [], selected };
  return { ...cluster(visible), selected };
}

function cluster(visible: readonly PlacedVehicle[]): Omit<Layout, 'selected'> {
  const cells = new Map<number, { members: PlacedVehicle[]; sumX: number; sumY: number }>();
  for (const v of visible) {
    const key = Math.floor(v.x / CLUSTER_CELL_PX) * 100_000 + Math.floor(v.y / CLUSTER_CELL_PX);
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { members: [], sumX: 0, sumY: 0 }));
    cell.members.push(v);
    cell.sumX += v.x;
    cell.sumY += v.y;
  }
  const vehicles: PlacedVehicle[] = [];
  const clusters: Cluster[] = [];
  for (const { members, sumX, sumY } of cells.values()) {
    if (members.length === 1) vehicles.push(members[0]!);
    else clusters.push({ x: sumX / members.length, y: sumY / members.length, count: members.length });
  }
  return { mode: 'clusters', vehicles, clusters };
}

/** The vehicle or cluster under a point (the nearest within `radius` px), for clicks. */
export function hitTest(
  layout: Layout,
  x: number,
  y: number,
  radius = 14,
): { kind: 'vehicle'; deliveryId: string } | { kind: 'cluster'; cluster: Cluster } | null {
  let best: { kind: 'vehicle'; deliveryId: string } | { kind: 'cluster'; cluster: Cluster } | null = null;
  let bestDistance = radius * radius;
  const consider = (vx: number, vy: number, hit: NonNullable<typeof best>, reach = 0) => {
    const distance = (vx - x) ** 2 + (vy - y) ** 2 - reach * reach;
    if (distance <= bestDistance) {
      bestDistance = distance;
      best = hit;
    }
  };
  for (const c of layout.clusters) consider(c.x, c.y, { kind: 'cluster', cluster: c }, clusterRadius(c.count));
  for (const v of layout.vehicles) consider(v.x, v.y, { kind: 'vehicle', deliveryId: v.deliveryId });
  if (layout.selected) consider(layout.selected.x, layout.selected.y, { kind: 'vehicle', deliveryId: layout.selected.deliveryId }, 4);
  return best;
}

/** A cluster's radius in px: grows with the log of its count. */
export function clusterRadius(count: number): number {
  return Math.min(26, 10 + 4 * Math.log10(count) * 2);
}
