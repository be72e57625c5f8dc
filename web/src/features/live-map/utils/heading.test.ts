import { describe, expect, it } from 'vitest';
import { headingAfter, headingOfTrail } from './heading';

describe('heading', () => {
  it('points where the vehicle went: north 0, east 90, south 180, west 270', () => {
    expect(headingAfter([0, 0], [0, 0.001], null)).toBeCloseTo(0);
    expect(headingAfter([0, 0], [0.001, 0], null)).toBeCloseTo(90);
    expect(headingAfter([0, 0.001], [0, 0], null)).toBeCloseTo(180);
    expect(headingAfter([0.001, 0], [0, 0], null)).toBeCloseTo(270);
  });

  it('keeps the previous heading while the vehicle stands still', () => {
    expect(headingAfter([-73.99, 40.73], [-73.99, 40.73], 45)).toBe(45);
    expect(headingAfter([-73.99, 40.73], [-73.99, 40.730001], 45)).toBe(45); // ~0.1 m
    expect(headingAfter(null, [-73.99, 40.73], 10)).toBe(10);
  });

  it('reads the heading at the end of a trail from its last two distinct points', () => {
    expect(headingOfTrail([[0, 0], [0.001, 0], [0.001, 0]])).toBeCloseTo(90);
    expect(headingOfTrail([[0, 0], [0, 0.001]])).toBeCloseTo(0);
    expect(headingOfTrail([[0, 0]])).toBeNull();
    expect(headingOfTrail([])).toBeNull();
  });
});
