import { afterEach, describe, expect, it } from 'vitest';
import { accessFromSearch, setTrackingAccess, withTrackingAccess } from './tracking-access';

describe('tracking access', () => {
  afterEach(() => setTrackingAccess(null));

  it('reads the token of a tracking link', () => {
    expect(accessFromSearch('?access=abc.123.sig')).toBe('abc.123.sig');
    expect(accessFromSearch('?other=1')).toBeNull();
    expect(accessFromSearch('?access=')).toBeNull();
  });

  it('adds the token to URLs only while one is in use', () => {
    expect(withTrackingAccess('/api/deliveries/d-1')).toBe('/api/deliveries/d-1');
    setTrackingAccess('abc.123.sig');
    expect(withTrackingAccess('/api/deliveries/d-1')).toBe('/api/deliveries/d-1?access=abc.123.sig');
    expect(withTrackingAccess('/api/dashboards/trails?deliveryId=d-1')).toBe('/api/dashboards/trails?deliveryId=d-1&access=abc.123.sig');
    expect(withTrackingAccess('ws://host/ws')).toBe('ws://host/ws?access=abc.123.sig');
  });
});
