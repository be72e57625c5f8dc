import { describe, expect, it } from 'vitest';
import { setTrackingAccess } from '../../../lib/tracking-access';
import { deliveryIdFromPath, isDeliveryId, trackingLink, trackingPath } from './tracking-link';

describe('tracking links', () => {
  it('puts the delivery id under /track, absolute for copying', () => {
    expect(trackingPath('6f0d-1')).toBe('/track/6f0d-1');
    expect(trackingLink('6f0d-1', 'https://codedelivery.example/')).toBe('https://codedelivery.example/track/6f0d-1');
    expect(trackingLink('6f0d-1')).toBe(`${window.location.origin}/track/6f0d-1`);
  });

  it("keeps a customer's link token in the link to copy", () => {
    setTrackingAccess('tok.1.sig');
    try {
      expect(trackingLink('6f0d-1', 'https://codedelivery.example')).toBe('https://codedelivery.example/track/6f0d-1?access=tok.1.sig');
    } finally {
      setTrackingAccess(null);
    }
  });

  it('reads the delivery id back from the path', () => {
    expect(deliveryIdFromPath(trackingPath('a:b.c_d'))).toBe('a:b.c_d');
    expect(deliveryIdFromPath('/track/with%20space')).toBe('with space');
    expect(deliveryIdFromPath('/track/%E0%A4%A')).toBe('%E0%A4%A');
    expect(deliveryIdFromPath('/track')).toBe('');
    expect(deliveryIdFromPath('/')).toBeNull();
    expect(deliveryIdFromPath('/tracking/x')).toBeNull();
  });

  it('knows the ids the backend can have', () => {
    expect(isDeliveryId('6f0d0b7e-2f4a-4c1e-9a51-2c7d0e6b1f44')).toBe(true);
    for (const bad of ['', ' ', '-starts-with-dash', 'a/b', 'x'.repeat(65), 'with space']) expect(isDeliveryId(bad)).toBe(false);
  });
});
