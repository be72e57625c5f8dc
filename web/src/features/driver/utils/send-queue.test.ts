import { describe, expect, it, vi } from 'vitest';
import type { DevicePosition } from '../../../types/device-api';
import type { SendOutcome } from '../api/send-positions';
import { MemoryPositionStore } from './position-store';
import { SendQueue, type QueueState } from './send-queue';

const ID = 'd1';
const position = (seq: number, finished = false): DevicePosition => ({
  seq, lat: 0, lng: seq / 1000, at: new Date(Date.UTC(2026, 10, 26, 14, 0, 0, seq * 500)).toISOString(), finished,
});

/** The server's rules: repeats (seq ≤ lastSeq) dropped, a gap refused with 409, at most 500 a request. */
class FakeServer {
  lastSeq = -1;
  status: 'in_transit' | 'delivered' = 'in_transit';
  received = new Map<number, DevicePosition>();
  requests: number[][] = [];
  /** Outcomes to answer instead, first one first (e.g. a network error). */
  script: SendOutcome[] = [];

  send = async (positions: DevicePosition[]): Promise<SendOutcome> => {
    this.requests.push(positions.map((p) => p.seq));
    const scripted = this.script.shift();
    if (scripted) return scripted;
    if (positions.length > 500) return { kind: 'too-large' };
    const fresh = positions.filter((p) => p.seq > this.lastSeq);
    if (fresh.length > 0 && fresh[0]!.seq > this.lastSeq + 1) return { kind: 'resend', expectedSeq: this.lastSeq + 1 };
    for (const p of fresh) {
      const earlier = this.received.get(p.seq);
      if (earlier) expect(p).toEqual(earlier);
      this.received.set(p.seq, p);
      this.lastSeq = p.seq;
      if (p.finished) this.status = 'delivered';
    }
    return { kind: 'accepted', lastSeq: this.lastSeq, status: this.status };
  };
}

function setup(options: { lastAckedSeq?: number; online?: boolean; server?: FakeServer; store?: MemoryPositionStore } = {}) {
  const store = options.store ?? new MemoryPositionStore();
  const server = options.server ?? new FakeServer();
  const timers: { callback: () => void; ms: number }[] = [];
  const states: QueueState[] = [];
  let online = options.online ?? true;
  const queue = new SendQueue({
    deliveryId: ID,
    store,
    send: server.send,
    onChange: (state) => states.push(state),
    lastAckedSeq: options.lastAckedSeq ?? -1,
    isOnline: () => online,
    backoff: (attempt) => attempt * 1000,
    setTimer: (callback, ms) => {
      const timer = { callback, ms };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer) => timers.splice(timers.indexOf(timer as (typeof timers)[number]), 1),
  });
  const fire = async () => {
    const timer = timers.shift();
    timer?.callback();
    await queue.settled();
    return timer?.ms;
  };
  const record = async (...seqs: number[]) => {
    for (const seq of seqs) await store.put(ID, position(seq));
    queue.notify();
    await queue.settled();
  };
  return { store, server, queue, timers, states, fire, record, setOnline: (value: boolean) => { online = value; queue.setOnline(value); } };
}

describe('SendQueue', () => {
  it('sends stored positions in seq order and forgets them once acknowledged', async () => {
    const { store, server, queue, record } = setup();
    await record(0, 1, 2);
    expect(server.requests).toEqual([[0, 1, 2]]);
    expect(await store.count(ID)).toBe(0);
    expect(queue.current).toMatchObject({ phase: 'idle', pending: 0, lastAckedSeq: 2 });
    await record(3);
    expect(server.requests).toEqual([[0, 1, 2], [3]]);
  });

  it('sends what a reload left in the store first, in batches of at most 500', async () => {
    const store = new MemoryPositionStore();
    for (let seq = 0; seq < 1201; seq++) await store.put(ID, position(seq));
    const { server, queue } = setup({ store });
    queue.notify();
    await queue.settled();
    expect(server.requests.map((r) => [r[0], r.length])).toEqual([[0, 500], [500, 500], [1000, 201]]);
    expect(queue.current.lastAckedSeq).toBe(1200);
  });

  it('keeps positions through network errors, backing off, and resends exactly the same ones', async () => {
    const { store, server, queue, timers, fire, record } = setup();
    server.script = [
      { kind: 'failed', status: 0, message: 'Cannot reach the server' },
      { kind: 'failed', status: 503, message: 'Service Unavailable' },
    ];
    await record(0, 1);
    expect(queue.current).toMatchObject({ phase: 'retrying', pending: 2, retryInMs: 1000, error: 'Cannot reach the server' });
    // A new position does not cut the backoff short.
    await record(2);
    expect(server.requests).toHaveLength(1);
    expect(await fire()).toBe(1000);
    expect(queue.current).toMatchObject({ phase: 'retrying', retryInMs: 2000 });
    expect(await fire()).toBe(2000);
    expect(server.requests).toEqual([[0, 1], [0, 1, 2], [0, 1, 2]]);
    expect(queue.current).toMatchObject({ phase: 'idle', pending: 0, lastAckedSeq: 2, error: null });
    expect(await store.count(ID)).toBe(0);
    expect(timers).toHaveLength(0);
  });

  it('waits while offline, counting what waits, and sends at once when back online', async () => {
    const { server, queue, timers, record, setOnline } = setup();
    setOnline(false);
    await record(0, 1, 2);
    expect(server.requests).toHaveLength(0);
    expect(queue.current).toMatchObject({ phase: 'offline', pending: 3 });
    setOnline(true);
    await queue.settled();
    expect(server.requests).toEqual([[0, 1, 2]]);
    expect(queue.current).toMatchObject({ phase: 'idle', pending: 0 });
    expect(timers).toHaveLength(0);
  });

  it('cuts a backoff short when the network comes back', async () => {
    const { server, queue, timers, record, setOnline } = setup();
    server.script = [{ kind: 'failed', status: 0, message: 'offline' }];
    await record(0);
    expect(timers).toHaveLength(1);
    setOnline(true);
    await queue.settled();
    expect(timers).toHaveLength(0);
    expect(server.requests).toEqual([[0], [0]]);
  });

  it('counts positions the server already had as acknowledged (a lost answer)', async () => {
    const server = new FakeServer();
    server.lastSeq = 1;
    server.received.set(0, position(0)).set(1, position(1));
    const { store, queue, record } = setup({ server });
    await record(0, 1, 2);
    expect(queue.current.lastAckedSeq).toBe(2);
    expect(await store.count(ID)).toBe(0);
  });

  it('resends from expectedSeq on 409, dropping what the server has', async () => {
    const server = new FakeServer();
    server.lastSeq = 0;
    server.received.set(0, position(0));
    const { store, queue, record } = setup({ server });
    server.script = [{ kind: 'resend', expectedSeq: 1 }];
    await record(0, 1, 2);
    expect(server.requests).toEqual([[0, 1, 2], [1, 2]]);
    expect(queue.current).toMatchObject({ phase: 'idle', lastAckedSeq: 2 });
    expect(await store.count(ID)).toBe(0);
  });

  it('backs off on a 409 it cannot mend (the missing positions are gone here)', async () => {
    const server = new FakeServer();
    server.lastSeq = 3;
    const { queue, record } = setup({ server });
    await record(7, 8);
    expect(queue.current).toMatchObject({ phase: 'retrying', error: 'positions 4 to 6 are missing here', pending: 2 });
  });

  it('stops for good on 410, saying how the delivery ended', async () => {
    const { store, server, queue, timers, record } = setup();
    server.script = [{ kind: 'ended', status: 'cancelled' }];
    await record(0, 1);
    expect(queue.current).toMatchObject({ phase: 'ended', ended: 'cancelled', pending: 0 });
    await record(2);
    expect(server.requests).toHaveLength(1);
    expect(timers).toHaveLength(0);
    expect(await store.count(ID)).toBe(1);
  });

  it('stops on 401 and keeps the positions for a new link', async () => {
    const { store, server, queue, record } = setup();
    server.script = [{ kind: 'unauthorized' }];
    await record(0, 1);
    expect(queue.current).toMatchObject({ phase: 'unauthorized', pending: 2 });
    await record(2);
    expect(server.requests).toHaveLength(1);
    expect(await store.count(ID)).toBe(3);
  });

  it('says delivered once the finished position is acknowledged', async () => {
    const { store, queue } = setup();
    await store.put(ID, position(0));
    await store.put(ID, position(1, true));
    queue.notify();
    await queue.settled();
    expect(queue.current).toMatchObject({ phase: 'ended', ended: 'delivered', lastAckedSeq: 1, pending: 0 });
  });

  it('says delivered once the finished position is acknowledged, even before the server records the end', async () => {
    const store = new MemoryPositionStore();
    const send = async (positions: DevicePosition[]): Promise<SendOutcome> => ({ kind: 'accepted', lastSeq: positions.at(-1)!.seq, status: 'in_transit' });
    const queue = new SendQueue({ deliveryId: ID, store, send, onChange: () => {}, lastAckedSeq: -1, isOnline: () => true });
    await store.put(ID, position(0));
    queue.notify();
    await queue.settled();
    expect(queue.current).toMatchObject({ phase: 'idle', ended: null });
    await store.put(ID, position(1, true));
    queue.notify();
    await queue.settled();
    expect(queue.current).toMatchObject({ phase: 'ended', ended: 'delivered', lastAckedSeq: 1 });
  });

  it('halves the batch after a 413', async () => {
    const { server, record } = setup();
    server.script = [{ kind: 'too-large' }];
    await record(0, 1, 2, 3);
    expect(server.requests).toEqual([[0, 1, 2, 3], [0, 1], [2, 3]]);
  });

  it('hands a refused finished position (422) back to the recorder and sends on', async () => {
    const store = new MemoryPositionStore();
    const server = new FakeServer();
    server.script = [{ kind: 'finish-refused', message: 'too far from the end' }];
    const onFinishRefused = vi.fn((p: DevicePosition) => store.put(ID, { ...p, finished: false }));
    const queue = new SendQueue({ deliveryId: ID, store, send: server.send, onChange: () => {}, lastAckedSeq: -1, isOnline: () => true, onFinishRefused });
    await store.put(ID, position(0, true));
    queue.notify();
    await queue.settled();
    expect(onFinishRefused).toHaveBeenCalledWith(position(0, true));
    expect(queue.current).toMatchObject({ phase: 'idle', lastAckedSeq: 0, ended: null });
    expect(server.received.get(0)?.finished).toBe(false);
  });
});
