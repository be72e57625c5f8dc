import { describe, expect, it } from 'vitest';
import { hasArrived, nextSeq, PositionRecorder } from './recorder';
import { MemoryPositionStore } from './position-store';

// Along the equator: 0.001° of longitude is about 111 m.
const END: [number, number] = [0.01, 0];
const T = Date.parse('2026-11-26T14:00:00Z');

function recorder(store = new MemoryPositionStore(), firstSeq = 0) {
  return { store, recorder: new PositionRecorder({ deliveryId: 'd1', store, firstSeq, destination: END, arrivalMeters: 150 }) };
}

describe('nextSeq', () => {
  it('follows the higher of the server and the local store', () => {
    expect(nextSeq(-1, null)).toBe(0);
    expect(nextSeq(7, null)).toBe(8);
    expect(nextSeq(7, 12)).toBe(13);
    expect(nextSeq(20, 12)).toBe(21);
  });
});

describe('hasArrived', () => {
  it('is true within arrivalMeters of the route end, false beyond', () => {
    expect(hasArrived({ lat: 0, lng: 0.0089 }, END, 150)).toBe(true); // ~122 m
    expect(hasArrived({ lat: 0, lng: 0.0085 }, END, 150)).toBe(false); // ~167 m
  });
});

describe('PositionRecorder', () => {
  it('stores fixes with consecutive seqs and their GPS time, at most one per 500 ms', async () => {
    const { store, recorder: r } = recorder(undefined, 5);
    expect(await r.record({ lat: 0, lng: 0, timestamp: T })).toEqual({ seq: 5, lat: 0, lng: 0, at: '2026-11-26T14:00:00.000Z', finished: false });
    expect(await r.record({ lat: 0, lng: 0.0001, timestamp: T + 499 })).toBeNull();
    expect((await r.record({ lat: 0, lng: 0.0002, timestamp: T + 500 }))?.seq).toBe(6);
    expect((await r.record({ lat: 0, lng: 0.0003, timestamp: T + 1234 }))?.at).toBe('2026-11-26T14:00:01.234Z');
    expect((await store.list('d1', 10)).map((p) => p.seq)).toEqual([5, 6, 7]);
  });

  it('marks the first position near the destination finished and records nothing after it', async () => {
    const { store, recorder: r } = recorder();
    await r.record({ lat: 0, lng: 0.005, timestamp: T });
    const last = await r.record({ lat: 0, lng: 0.0095, timestamp: T + 1000 });
    expect(last).toMatchObject({ seq: 1, finished: true });
    expect(r.finished).toBe(true);
    expect(await r.record({ lat: 0, lng: 0.01, timestamp: T + 2000 })).toBeNull();
    expect(await store.last('d1')).toMatchObject({ seq: 1, finished: true });
  });

  it('records nothing once a finished position is stored from before', async () => {
    const store = new MemoryPositionStore();
    const r = new PositionRecorder({ deliveryId: 'd1', store, firstSeq: 9, destination: END, arrivalMeters: 150, finished: true });
    expect(await r.record({ lat: 0, lng: 0, timestamp: T })).toBeNull();
    expect(await store.count('d1')).toBe(0);
  });

  it('goes on recording after the server refused the finished position', async () => {
    const { store, recorder: r } = recorder();
    const refused = (await r.record({ lat: 0, lng: 0.0095, timestamp: T }))!;
    await r.reopen(refused);
    expect(await store.last('d1')).toMatchObject({ seq: 0, finished: false });
    expect(await r.record({ lat: 0, lng: 0.01, timestamp: T + 600 })).toMatchObject({ seq: 1, finished: true });
  });

  it('ignores a fix without coordinates', async () => {
    const { recorder: r } = recorder();
    expect(await r.record({ lat: Number.NaN, lng: 0, timestamp: T })).toBeNull();
  });
});
