import { describe, expect, it } from 'vitest';
import { ARROWS_UP_TO, DOTS_UP_TO, hitTest, layoutVehicles, type PlacedVehicle } from './vehicle-layout';

function vehicles(count: number, spread = 800): PlacedVehicle[] {
  return Array.from({ length: count }, (_, i) => ({
    deliveryId: `d${i}`,
    x: (i * 37) % spread,
    y: (i * 53) % 600,
    color: '#d62728',
    angle: 0,
    finished: false,
  }));
}

describe('layoutVehicles', () => {
  it('draws each vehicle as an arrow while there are few in view', () => {
    const layout = layoutVehicles(vehicles(10), 800, 600, null);
    expect(layout.mode).toBe('arrows');
    expect(layout.vehicles).toHaveLength(10);
  });

  it('leaves out vehicles off screen, and switches to dots, then clusters, as the view fills', () => {
    const offScreen = { ...vehicles(1)[0]!, deliveryId: 'far', x: 5000 };
    expect(layoutVehicles([offScreen], 800, 600, null).vehicles).toHaveLength(0);
    expect(layoutVehicles(vehicles(ARROWS_UP_TO + 1), 800, 600, null).mode).toBe('dots');
    const crowded = layoutVehicles(vehicles(DOTS_UP_TO + 1), 800, 600, null);
    expect(crowded.mode).toBe('clusters');
    const counted = crowded.clusters.reduce((sum, c) => sum + c.count, 0) + crowded.vehicles.length;
    expect(counted).toBe(DOTS_UP_TO + 1);
    expect(crowded.clusters.length).toBeGreaterThan(0);
  });

  it('keeps the selected vehicle apart, drawn whatever the mode', () => {
    const layout = layoutVehicles(vehicles(DOTS_UP_TO + 1), 800, 600, 'd7');
    expect(layout.selected?.deliveryId).toBe('d7');
    expect(layout.vehicles.some((v) => v.deliveryId === 'd7')).toBe(false);
  });
});

describe('hitTest', () => {
  it('finds the nearest vehicle within reach, or nothing', () => {
    const layout = layoutVehicles(
      [
        { deliveryId: 'a', x: 100, y: 100, color: 'red', angle: null, finished: false },
        { deliveryId: 'b', x: 110, y: 100, color: 'red', angle: null, finished: false },
      ],
      800,
      600,
      null,
    );
    expect(hitTest(layout, 108, 101)).toEqual({ kind: 'vehicle', deliveryId: 'b' });
    expect(hitTest(layout, 300, 300)).toBeNull();
  });

  it('finds a cluster under the pointer', () => {
    const layout = layoutVehicles(vehicles(DOTS_UP_TO + 1, 40), 800, 600, null);
    const cluster = layout.clusters[0]!;
    expect(hitTest(layout, cluster.x + 3, cluster.y)).toMatchObject({ kind: 'cluster' });
  });
});
