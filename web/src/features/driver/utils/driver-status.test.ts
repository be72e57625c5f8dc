import { describe, expect, it } from 'vitest';
import { driverStatus, type DriverFacts } from './driver-status';
import type { QueueState } from './send-queue';

const queue = (over: Partial<QueueState> = {}): QueueState => ({ phase: 'idle', pending: 0, lastAckedSeq: -1, ended: null, retryInMs: null, error: null, ...over });
const facts = (over: Partial<DriverFacts> = {}): DriverFacts => ({ deliveryStatus: 'in_transit', queue: queue(), gps: 'ok', online: true, arrived: false, ...over });

describe('driverStatus', () => {
  it('waits for the GPS, then sends', () => {
    expect(driverStatus(facts({ gps: 'waiting' }))).toBe('waiting-gps');
    expect(driverStatus(facts({ queue: queue({ phase: 'sending' }) }))).toBe('sending');
    expect(driverStatus(facts())).toBe('sending');
  });

  it('says offline while positions wait for the network, also while sends fail', () => {
    expect(driverStatus(facts({ online: false }))).toBe('offline');
    expect(driverStatus(facts({ queue: queue({ phase: 'offline', pending: 3 }) }))).toBe('offline');
    expect(driverStatus(facts({ queue: queue({ phase: 'retrying' }), gps: 'waiting' }))).toBe('offline');
  });

  it('says how the delivery ended, whoever said it', () => {
    expect(driverStatus(facts({ queue: queue({ phase: 'ended', ended: 'delivered' }) }))).toBe('delivered');
    expect(driverStatus(facts({ deliveryStatus: 'delivered', online: false }))).toBe('delivered');
    expect(driverStatus(facts({ queue: queue({ phase: 'ended', ended: 'cancelled' }) }))).toBe('cancelled');
    expect(driverStatus(facts({ deliveryStatus: 'cancelled' }))).toBe('cancelled');
  });

  it('says the link no longer works on 401', () => {
    expect(driverStatus(facts({ queue: queue({ phase: 'unauthorized' }) }))).toBe('unauthorized');
  });

  it('tells a refused or missing GPS, unless the drive is over', () => {
    expect(driverStatus(facts({ gps: 'denied' }))).toBe('gps-denied');
    expect(driverStatus(facts({ gps: 'unavailable' }))).toBe('gps-unavailable');
    expect(driverStatus(facts({ gps: 'denied', arrived: true }))).toBe('sending');
  });
});
