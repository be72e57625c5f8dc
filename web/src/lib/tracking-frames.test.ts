import { describe, expect, it } from 'vitest';
import { parseFrame, parseRow } from './tracking-frames';

const T = 1764079203500;
const row = (seq: number, deliveryId = 'd1') => [deliveryId, 'broadway', seq, 40.73301, -73.99559, T + seq * 500];

describe('parseFrame', () => {
  const parse = (frame: unknown) => parseFrame(JSON.stringify(frame));

  it('reads a v1 snapshot with its scope and rows', () => {
    expect(parse({ type: 'snapshot', v: 1, scope: { kind: 'delivery', deliveryId: 'd1' }, positions: [row(7)] })).toEqual({
      type: 'snapshot',
      scope: { kind: 'delivery', deliveryId: 'd1' },
      positions: [{ deliveryId: 'd1', routeId: 'broadway', seq: 7, lat: 40.73301, lng: -73.99559, emittedAt: T + 3500 }],
    });
  });

  it('reads the frames of the protocol description verbatim', () => {
    const frames = [
      '{"type":"snapshot","v":1,"scope":{"kind":"fleet"},"positions":[["6f0d","broadway",7,40.73301,-73.99559,1764079203500]]}',
      '{"type":"positions","positions":[["6f0d","broadway",8,40.73262,-73.99527,1764079204000]]}',
      '{"type":"positions","coalesced":3,"positions":[["6f0d","broadway",12,40.7311,-73.99402,1764079206000]]}',
      '{"type":"removed","deliveries":[["6f0d","delivered"]]}',
      '{"type":"keepalive"}',
      '{"type":"error","reason":"bad box"}',
    ].map(parseFrame);
    expect(frames.map((f) => f?.type)).toEqual(['snapshot', 'positions', 'positions', 'removed', 'keepalive', 'error']);
    expect(frames[2]).toMatchObject({ coalesced: 3, positions: [{ seq: 12, emittedAt: 1764079206000 }] });
  });

  it('reads the trails of a snapshot as [lat, lng] points, oldest first', () => {
    const frame = parse({
      type: 'snapshot', v: 1, scope: { kind: 'fleet' }, positions: [row(2)],
      trails: { d1: [[40.7, -73.9], [40.71, -73.91], [40.73301, -73.99559]] },
    });
    expect(frame).toMatchObject({ type: 'snapshot', trails: { d1: [[40.7, -73.9], [40.71, -73.91], [40.73301, -73.99559]] } });
  });

  it('drops malformed trail points and empty trails, and leaves trails out when the server sent none', () => {
    const frame = parse({
      type: 'snapshot', v: 1, scope: { kind: 'fleet' }, positions: [],
      trails: { d1: [[95, 0], 'x', [40.7], [40.7, -73.9]], d2: [], d3: 'nope', d4: [[40, 200]] },
    });
    expect(frame).toMatchObject({ trails: { d1: [[40.7, -73.9]] } });
    expect(Object.keys((frame as { trails: object }).trails)).toEqual(['d1']);
    expect(parse({ type: 'snapshot', v: 1, scope: { kind: 'fleet' }, positions: [] })).not.toHaveProperty('trails');
    expect(parse({ type: 'snapshot', v: 1, scope: { kind: 'fleet' }, positions: [], trails: [1] })).not.toHaveProperty('trails');
  });

  it('keeps a snapshot whose scope it cannot read, without a scope', () => {
    expect(parse({ type: 'snapshot', v: 1, scope: { kind: 'galaxy' }, positions: [] })).toEqual({
      type: 'snapshot', scope: null, positions: [],
    });
  });

  it('reports a snapshot of an unknown or missing version instead of reading its rows', () => {
    expect(parse({ type: 'snapshot', v: 2, scope: { kind: 'fleet' }, positions: [row(1)] })).toEqual({
      type: 'unsupported-version', version: 2,
    });
    expect(parse({ type: 'snapshot', positions: [{ deliveryId: 'd1', seq: 1 }] })).toEqual({
      type: 'unsupported-version', version: undefined,
    });
    expect(parse({ type: 'snapshot', v: '1', positions: [] })).toMatchObject({ type: 'unsupported-version' });
  });

  it('reads coalesced only as a positive count', () => {
    expect(parse({ type: 'positions', coalesced: 5, positions: [] })).toMatchObject({ coalesced: 5 });
    expect(parse({ type: 'positions', positions: [] })).toMatchObject({ coalesced: 0 });
    expect(parse({ type: 'positions', coalesced: '5', positions: [] })).toMatchObject({ coalesced: 0 });
    expect(parse({ type: 'positions', coalesced: -2, positions: [] })).toMatchObject({ coalesced: 0 });
  });

  it('drops malformed rows and keeps the good ones of the same frame', () => {
    const good = row(1);
    const frame = parse({
      type: 'positions',
      positions: [
        good,
        { deliveryId: 'd1', seq: 2, lat: 40, lng: -73 }, // the pre-v1 object form
        ['d1', 'broadway', 3, 40.7, -73.9], // a column short
        ['', 'broadway', 3, 40.7, -73.9, T],
        ['d1', '', 3, 40.7, -73.9, T],
        [7, 'broadway', 3, 40.7, -73.9, T],
        ['d1', 'broadway', '3', 40.7, -73.9, T],
        ['d1', 'broadway', 3.5, 40.7, -73.9, T],
        ['d1', 'broadway', -1, 40.7, -73.9, T],
        ['d1', 'broadway', 3, 91, -73.9, T],
        ['d1', 'broadway', 3, 40.7, -181, T],
        ['d1', 'broadway', 3, null, -73.9, T],
        ['d1', 'broadway', 3, 40.7, -73.9, '2026-11-25T14:00:03.500Z'],
        null,
        'd1',
      ],
    });
    expect(frame).toEqual({ type: 'positions', coalesced: 0, positions: [parseRow(good)] });
  });

  it('ignores columns after the six it knows', () => {
    expect(parseRow(['d1', 'broadway', 3, 40.7, -73.9, T, 'extra'])).toEqual({
      deliveryId: 'd1', routeId: 'broadway', seq: 3, lat: 40.7, lng: -73.9, emittedAt: T,
    });
  });

  it('reads removals, drops malformed pairs and marks unknown reasons as such', () => {
    expect(
      parse({
        type: 'removed',
        deliveries: [['a', 'delivered'], ['b', 'silent'], ['c', 'left-area'], ['d', 'cancelled'], ['e', 'teleported'], ['f'], [1, 'silent'], ['g', 2], 'h'],
      }),
    ).toEqual({
      type: 'removed',
      deliveries: [
        { deliveryId: 'a', reason: 'delivered' },
        { deliveryId: 'b', reason: 'silent' },
        { deliveryId: 'c', reason: 'left-area' },
        { deliveryId: 'd', reason: 'cancelled' },
        { deliveryId: 'e', reason: 'unknown' },
      ],
    });
  });

  it('drops frames it cannot read', () => {
    expect(parseFrame('not json')).toBeNull();
    expect(parseFrame(new ArrayBuffer(4))).toBeNull();
    expect(parse(null)).toBeNull();
    expect(parse([{ type: 'positions', positions: [] }])).toBeNull();
    expect(parse({ type: 'teleport' })).toBeNull();
    expect(parse({ type: 'positions' })).toBeNull();
    expect(parse({ type: 'positions', positions: {} })).toBeNull();
    expect(parse({ type: 'removed', deliveries: 'a' })).toBeNull();
    expect(parse({ type: 'snapshot', v: 1, scope: { kind: 'fleet' } })).toBeNull();
  });
});
