import { describe, expect, it } from 'vitest';
import { HEADING_STEPS } from './sprites';
import { headingStep } from './vehicle-canvas';

describe('headingStep', () => {
  it('picks the nearest pre-drawn heading, all the way round the compass', () => {
    const step = 360 / HEADING_STEPS;
    const rad = (deg: number) => (deg * Math.PI) / 180;
    expect(headingStep(0)).toBe(0);
    expect(headingStep(rad(step * 0.4))).toBe(0);
    expect(headingStep(rad(step * 0.6))).toBe(1);
    expect(headingStep(rad(90))).toBe(HEADING_STEPS / 4);
    expect(headingStep(rad(359))).toBe(0);
    expect(headingStep(rad(-90))).toBe((3 * HEADING_STEPS) / 4);
    expect(headingStep(rad(720 + 180))).toBe(HEADING_STEPS / 2);
  });
});
