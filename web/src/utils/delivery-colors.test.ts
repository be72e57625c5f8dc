import { describe, expect, it } from 'vitest';
import { colorIndexOf, colorOf, DELIVERED_COLOR, DELIVERY_PALETTE } from './delivery-colors';

describe('delivery colours', () => {
  it('gives a delivery the same colour every time', () => {
    expect(colorOf('6f0d2c1e-1111')).toBe(colorOf('6f0d2c1e-1111'));
    expect(DELIVERY_PALETTE).toContain(colorOf('6f0d2c1e-1111'));
  });

  it('spreads many deliveries over the whole palette, evenly', () => {
    const counts = new Array<number>(DELIVERY_PALETTE.length).fill(0);
    for (let i = 0; i < 1200; i++) counts[colorIndexOf(`${i}-${(i * 7919).toString(16)}-delivery`)]! += 1;
    expect(Math.min(...counts)).toBeGreaterThan(60);
    expect(Math.max(...counts)).toBeLessThan(140);
  });

  it('uses distinct colours, none of them the delivered green', () => {
    expect(new Set(DELIVERY_PALETTE).size).toBe(DELIVERY_PALETTE.length);
    expect(DELIVERY_PALETTE).not.toContain(DELIVERED_COLOR);
  });
});
