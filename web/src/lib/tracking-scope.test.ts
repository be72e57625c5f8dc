import { describe, expect, it } from 'vitest';
import type { TrackingScope } from '../types/api';
import { parseScope, sameScope, scopeContains, scopeKey, scopeUrl } from './tracking-scope';

const box: TrackingScope = { kind: 'area', bbox: [-74.02, 40.7, -73.97, 40.75] };

describe('scopeUrl', () => {
  it('puts the scope into the query as the protocol describes', () => {
    expect(scopeUrl('ws://h/ws', { kind: 'fleet' })).toBe('ws://h/ws');
    expect(scopeUrl('ws://h/ws', { kind: 'delivery', deliveryId: '6f0d-1' })).toBe('ws://h/ws?delivery=6f0d-1');
    expect(scopeUrl('ws://h/ws', box)).toBe('ws://h/ws?bbox=-74.02,40.7,-73.97,40.75');
  });

  it('encodes the delivery id and replaces a scope already on the URL', () => {
    expect(scopeUrl('wss://h/ws?token=x&bbox=1,2,3,4', { kind: 'delivery', deliveryId: 'a b&c' })).toBe(
      'wss://h/ws?token=x&delivery=a%20b%26c',
    );
    expect(scopeUrl('ws://h/ws?delivery=old', { kind: 'fleet' })).toBe('ws://h/ws');
  });
});

describe('parseScope', () => {
  it('reads the three kinds and refuses anything else', () => {
    expect(parseScope({ kind: 'fleet' })).toEqual({ kind: 'fleet' });
    expect(parseScope({ kind: 'delivery', deliveryId: 'd1', extra: 1 })).toEqual({ kind: 'delivery', deliveryId: 'd1' });
    expect(parseScope({ kind: 'area', bbox: [170, -10, -170, 10] })).toEqual({ kind: 'area', bbox: [170, -10, -170, 10] });
    for (const bad of [null, 'fleet', {}, { kind: 'delivery' }, { kind: 'delivery', deliveryId: '' }, { kind: 'delivery', deliveryId: '  ' },
      { kind: 'delivery', deliveryId: 'x'.repeat(201) },
      { kind: 'area', bbox: [1, 2, 3] }, { kind: 'area', bbox: [1, 50, 3, 40] }, { kind: 'area', bbox: [1, 2, 3, '4'] },
      { kind: 'area', bbox: [-181, 2, 3, 4] }, { kind: 'area', bbox: [1, -91, 3, 4] }]) {
      expect(parseScope(bad)).toBeNull();
    }
  });
});

describe('scope equality', () => {
  it('compares scopes by value', () => {
    expect(sameScope({ kind: 'area', bbox: [1, 2, 3, 4] }, { kind: 'area', bbox: [1, 2, 3, 4] })).toBe(true);
    expect(sameScope({ kind: 'area', bbox: [1, 2, 3, 4] }, { kind: 'area', bbox: [1, 2, 3, 5] })).toBe(false);
    expect(sameScope({ kind: 'delivery', deliveryId: 'a' }, { kind: 'fleet' })).toBe(false);
    expect(scopeKey({ kind: 'fleet' })).toBe('{"kind":"fleet"}');
  });
});

describe('scopeContains', () => {
  const at = (lng: number, lat: number, deliveryId = 'd1') => ({ deliveryId, lat, lng });

  it('holds every vehicle in the fleet and one in a delivery scope', () => {
    expect(scopeContains({ kind: 'fleet' }, at(0, 0))).toBe(true);
    expect(scopeContains({ kind: 'delivery', deliveryId: 'd1' }, at(0, 0))).toBe(true);
    expect(scopeContains({ kind: 'delivery', deliveryId: 'd2' }, at(0, 0))).toBe(false);
  });

  it('holds vehicles inside a box, edges included, across the antimeridian too', () => {
    expect(scopeContains(box, at(-74, 40.72))).toBe(true);
    expect(scopeContains(box, at(-74.02, 40.75))).toBe(true);
    expect(scopeContains(box, at(-73.9, 40.72))).toBe(false);
    expect(scopeContains(box, at(-74, 40.8))).toBe(false);
    const pacific: TrackingScope = { kind: 'area', bbox: [170, -10, -170, 10] };
    expect(scopeContains(pacific, at(175, 0))).toBe(true);
    expect(scopeContains(pacific, at(-175, 0))).toBe(true);
    expect(scopeContains(pacific, at(0, 0))).toBe(false);
  });
});
