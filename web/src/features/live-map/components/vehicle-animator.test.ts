import type { FeatureCollection, Point } from 'geojson';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DrawnVehicle, VehicleProperties } from '../utils/map-data';
import { GLIDE_UP_TO, VehicleAnimator } from './vehicle-animator';

const T0 = Date.parse('2026-01-01T00:00:00.000Z');
const vehicle = (deliveryId: string, seq: number, lng: number, finished = false): DrawnVehicle => ({
  deliveryId,
  routeId: 'fifth-avenue',
  seq,
  lat: 40,
  lng,
  finished,
  emittedAt: T0 + seq * 500,
  headingDeg: null,
});
const fleet = (...vehicles: DrawnVehicle[]) => Object.fromEntries(vehicles.map((v) => [v.deliveryId, v]));

function setup() {
  const drawn: FeatureCollection<Point, VehicleProperties>[] = [];
  const animator = new VehicleAnimator((data) => drawn.push(data));
  const lastLngs = () =>
    Object.fromEntries((drawn.at(-1)?.features ?? []).map((f) => [f.properties.deliveryId, f.geometry.coordinates[0]]));
  return { drawn, animator, lastLngs };
}

/** Runs animation frames until the animator stops asking for one (at most 200). */
function runFrames(): number {
  let frames = 0;
  while (vi.getTimerCount() > 0 && frames < 200) {
    vi.advanceTimersToNextFrame();
    frames += 1;
  }
  return frames;
}

describe('VehicleAnimator', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
  });

  it('draws a new vehicle at its position in one frame, then stops', () => {
    const { drawn, animator, lastLngs } = setup();
    animator.update(fleet(vehicle('a', 0, 10)));
    expect(runFrames()).toBe(1);
    expect(drawn).toHaveLength(1);
    expect(lastLngs()).toEqual({ a: 10 });
  });

  it('glides to a new position with one draw per frame and rests exactly there', () => {
    const { drawn, animator, lastLngs } = setup();
    animator.update(fleet(vehicle('a', 0, 10), vehicle('b', 0, 0)));
    runFrames();
    animator.update(fleet(vehicle('a', 1, 20, true), vehicle('b', 0, 0)));
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(250);
    const midway = lastLngs().a ?? Number.NaN;
    expect(midway).toBeGreaterThan(13);
    expect(midway).toBeLessThan(17);
    const frames = runFrames();
    expect(frames).toBeGreaterThan(5);
    expect(lastLngs()).toEqual({ a: 20, b: 0 });
    expect(drawn.every((data) => data.features.length === 2)).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('draws once per frame however many updates arrive', () => {
    const { drawn, animator } = setup();
    animator.update(fleet(vehicle('a', 0, 10)));
    animator.update(fleet(vehicle('a', 0, 10), vehicle('b', 0, 1)));
    animator.update(fleet(vehicle('b', 0, 1)));
    vi.advanceTimersToNextFrame();
    expect(drawn).toHaveLength(1);
    expect(drawn[0]?.features.map((f) => f.properties.deliveryId)).toEqual(['b']);
  });

  it('draws positions directly when the user prefers reduced motion', () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query === '(prefers-reduced-motion: reduce)' }));
    const { animator, lastLngs } = setup();
    animator.update(fleet(vehicle('a', 0, 10)));
    runFrames();
    animator.update(fleet(vehicle('a', 1, 20)));
    expect(runFrames()).toBe(1);
    expect(lastLngs()).toEqual({ a: 20 });
  });

  it('stops drawing once stopped', () => {
    const { drawn, animator } = setup();
    animator.update(fleet(vehicle('a', 0, 10)));
    animator.stop();
    expect(runFrames()).toBe(0);
    expect(drawn).toHaveLength(0);
  });

  it(`steps instead of gliding above ${GLIDE_UP_TO} vehicles: one draw per update`, () => {
    const { drawn, animator } = setup();
    const many = (seq: number) => fleet(...Array.from({ length: GLIDE_UP_TO + 1 }, (_, i) => vehicle(`v${i}`, seq, seq)));
    animator.update(many(0));
    runFrames();
    animator.update(many(1));
    expect(runFrames()).toBe(1);
    expect(drawn).toHaveLength(2);
    expect(drawn[1]?.features[0]?.geometry.coordinates[0]).toBe(1);
  });

  it('tells where a vehicle was drawn in the last frame', () => {
    const { animator } = setup();
    animator.update(fleet(vehicle('a', 0, 10)));
    runFrames();
    expect(animator.drawnPosition('a')).toEqual([10, 40]);
    expect(animator.drawnPosition('nobody')).toBeNull();
  });
});
