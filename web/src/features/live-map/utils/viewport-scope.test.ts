import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MapViewport } from '../../../lib/map/map-scene';
import { FLEET_SCOPE } from '../../../lib/tracking-scope';
import type { TrackingScope } from '../../../types/api';
import { bboxContains, padBbox, ScopeCoalescer, SCOPE_DEBOUNCE_MS, scopeForViewport } from './viewport-scope';

const MIDTOWN: MapViewport = { bbox: [-74.0, 40.74, -73.96, 40.76], zoom: 14 };

describe('scopeForViewport', () => {
  it('watches the fleet while auto-fitting, before the map has a view, and when zoomed out', () => {
    expect(scopeForViewport(MIDTOWN, FLEET_SCOPE, true)).toEqual(FLEET_SCOPE);
    expect(scopeForViewport(null, FLEET_SCOPE, false)).toEqual(FLEET_SCOPE);
    expect(scopeForViewport({ ...MIDTOWN, zoom: 8.9 }, FLEET_SCOPE, false)).toEqual(FLEET_SCOPE);
    expect(scopeForViewport({ bbox: [-75, 40, -72.5, 41], zoom: 9.5 }, FLEET_SCOPE, false)).toEqual(FLEET_SCOPE);
    expect(scopeForViewport({ bbox: [-190, 40, -170, 41], zoom: 10 }, FLEET_SCOPE, false)).toEqual(FLEET_SCOPE);
  });

  it('watches the visible box, padded, when zoomed in', () => {
    expect(scopeForViewport(MIDTOWN, FLEET_SCOPE, false)).toEqual({ kind: 'area', bbox: [-74.01, 40.735, -73.95, 40.765] });
  });

  it('keeps the current area while the view stays inside it', () => {
    const current = scopeForViewport(MIDTOWN, FLEET_SCOPE, false);
    const panned: MapViewport = { bbox: [-74.005, 40.742, -73.965, 40.762], zoom: 14 };
    expect(scopeForViewport(panned, current, false)).toBe(current);
    const zoomedIn: MapViewport = { bbox: [-73.99, 40.745, -73.98, 40.75], zoom: 16 };
    expect(scopeForViewport(zoomedIn, current, false)).toBe(current);
    const farAway: MapViewport = { bbox: [-73.9, 40.74, -73.86, 40.76], zoom: 14 };
    expect(scopeForViewport(farAway, current, false)).not.toBe(current);
  });

  it('pads within the globe and checks containment', () => {
    expect(padBbox([-180, -90, -179, -89], 0.5)).toEqual([-180, -90, -178.5, -88.5]);
    expect(bboxContains([0, 0, 10, 10], [1, 1, 9, 9])).toBe(true);
    expect(bboxContains([0, 0, 10, 10], [1, 1, 11, 9])).toBe(false);
  });
});

describe('ScopeCoalescer', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('subscribes once after a burst of viewport changes', () => {
    const applied: TrackingScope[] = [];
    const coalescer = new ScopeCoalescer(FLEET_SCOPE, false, (scope) => applied.push(scope));
    for (let i = 0; i < 10; i++) {
      coalescer.viewportChanged({ bbox: [-74.0 + i * 0.001, 40.74, -73.96 + i * 0.001, 40.76], zoom: 14 });
      vi.advanceTimersByTime(50);
    }
    expect(applied).toEqual([]);
    vi.advanceTimersByTime(SCOPE_DEBOUNCE_MS);
    expect(applied).toHaveLength(1);
    expect(applied[0]).toMatchObject({ kind: 'area' });
  });

  it('does not resubscribe for a view inside the current padded box', () => {
    const applied: TrackingScope[] = [];
    const coalescer = new ScopeCoalescer(FLEET_SCOPE, false, (scope) => applied.push(scope));
    coalescer.viewportChanged(MIDTOWN);
    vi.advanceTimersByTime(SCOPE_DEBOUNCE_MS);
    coalescer.viewportChanged({ bbox: [-74.002, 40.741, -73.962, 40.761], zoom: 14 });
    vi.advanceTimersByTime(SCOPE_DEBOUNCE_MS);
    expect(applied).toHaveLength(1);
  });

  it('switches to the fleet at once when auto-fit starts, and back to the area when it stops', () => {
    const applied: TrackingScope[] = [];
    const coalescer = new ScopeCoalescer(FLEET_SCOPE, false, (scope) => applied.push(scope));
    coalescer.viewportChanged(MIDTOWN);
    vi.advanceTimersByTime(SCOPE_DEBOUNCE_MS);
    coalescer.autoFitChanged(true);
    expect(applied.map((s) => s.kind)).toEqual(['area', 'fleet']);
    coalescer.autoFitChanged(false);
    expect(applied.map((s) => s.kind)).toEqual(['area', 'fleet', 'area']);
    coalescer.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });
});
