import { describe, expect, it } from 'vitest';
import { toWorld } from './projection';
import { VehicleGlides } from './vehicle-glide';

const A = { lng: 0, lat: 0 };
const B = { lng: 0.01, lat: 0 };

describe('VehicleGlides', () => {
  it('glides from the drawn position to the new one over the time between reports', () => {
    const glides = new VehicleGlides();
    glides.update(new Map([['d', A]]), 0, true);
    glides.update(new Map([['d', B]]), 500, true);
    const half = glides.position('d', 750)!;
    expect(half.x).toBeCloseTo((toWorld(0, 0).x + toWorld(0.01, 0).x) / 2, 12);
    expect(glides.moving(750)).toBe(true);
    expect(glides.position('d', 1000)).toEqual(toWorld(0.01, 0));
    expect(glides.moving(1000)).toBe(false);
  });

  it('jumps when gliding is off, and forgets vehicles no longer reported', () => {
    const glides = new VehicleGlides();
    glides.update(new Map([['d', A]]), 0, false);
    glides.update(new Map([['d', B]]), 500, false);
    expect(glides.position('d', 500)).toEqual(toWorld(0.01, 0));
    expect(glides.moving(500)).toBe(false);
    glides.update(new Map(), 600, false);
    expect(glides.position('d', 600)).toBeNull();
  });

  it('starts a new glide from where the vehicle is drawn, never jumping back', () => {
    const glides = new VehicleGlides();
    glides.update(new Map([['d', A]]), 0, true);
    glides.update(new Map([['d', B]]), 500, true);
    const drawn = glides.position('d', 600)!;
    glides.update(new Map([['d', { lng: 0.02, lat: 0 }]]), 600, true);
    expect(glides.position('d', 600)).toEqual(drawn);
  });
});
