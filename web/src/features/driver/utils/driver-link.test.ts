import { beforeEach, describe, expect, it } from 'vitest';
import type { DeviceDelivery } from '../../../types/device-api';
import { driverDeliveryIdFromPath, driverPath, forgetToken, lastDrivenDelivery, loadSession, saveSession, takeToken, tokenFromHash } from './driver-link';

describe('driver links', () => {
  beforeEach(() => {
    localStorage.clear();
    window.history.replaceState(null, '', '/');
  });

  it('reads the delivery id of a driver path', () => {
    expect(driverDeliveryIdFromPath('/drive/d-1')).toBe('d-1');
    expect(driverDeliveryIdFromPath('/drive/a%20b')).toBe('a b');
    expect(driverDeliveryIdFromPath('/drive/')).toBe('');
    expect(driverDeliveryIdFromPath('/drive')).toBe('');
    expect(driverDeliveryIdFromPath('/driver')).toBeNull();
    expect(driverDeliveryIdFromPath('/track/d-1')).toBeNull();
    expect(driverPath('a b')).toBe('/drive/a%20b');
  });

  it('reads the token of the fragment', () => {
    expect(tokenFromHash('#token=abc')).toBe('abc');
    expect(tokenFromHash('#x=1&token=a%2Bb')).toBe('a+b');
    expect(tokenFromHash('')).toBeNull();
    expect(tokenFromHash('#token=')).toBeNull();
  });

  it('keeps the token of the link, takes it out of the address bar, and finds it again after a reload', () => {
    window.history.replaceState({ keep: 1 }, '', '/drive/d1?x=1#token=secret');
    expect(takeToken('d1')).toBe('secret');
    expect(window.location.pathname + window.location.search + window.location.hash).toBe('/drive/d1?x=1');
    expect(window.history.state).toEqual({ keep: 1 });
    expect(takeToken('d1')).toBe('secret');
    expect(takeToken('d2')).toBeNull();
    expect(lastDrivenDelivery()).toBe('d1');
    forgetToken('d1');
    expect(takeToken('d1')).toBeNull();
    expect(lastDrivenDelivery()).toBeNull();
  });

  it('keeps the delivery answer for an offline reload', () => {
    const session = { delivery: { id: 'd1' }, path: [[0, 0], [1, 1]], lastSeq: 4, arrivalMeters: 150 } as unknown as DeviceDelivery;
    expect(loadSession('d1')).toBeNull();
    saveSession('d1', session);
    expect(loadSession('d1')).toEqual(session);
    localStorage.setItem('codedelivery.driver.session.d1', '{broken');
    expect(loadSession('d1')).toBeNull();
  });
});
