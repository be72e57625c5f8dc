import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TrackingScope } from '../types/api';
import type { TrackingMessage } from './tracking-frames';
import {
  backoffDelay,
  TrackingSocket,
  type SocketStatus,
  type TrackingSocketOptions,
  type WebSocketLike,
} from './tracking-socket';

class FakeSocket implements WebSocketLike {
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  closed = false;
  closeCode: number | undefined;
  /** What the client sent, parsed. */
  sent: unknown[] = [];
  constructor(readonly url: string) {}
  open() {
    this.onopen?.(new Event('open'));
  }
  /** A frame from the server. */
  emit(frame: unknown) {
    this.onmessage?.(new MessageEvent('message', { data: typeof frame === 'string' ? frame : JSON.stringify(frame) }));
  }
  send(data: string) {
    if (this.closed) throw new Error('closed');
    this.sent.push(JSON.parse(data));
  }
  close(code?: number) {
    if (this.closed) return;
    this.closed = true;
    this.closeCode = code;
    this.onclose?.(new CloseEvent('close'));
  }
}

const T = 1764079203500;
const row = (seq: number, deliveryId = 'd1') => [deliveryId, 'broadway', seq, 40.73301, -73.99559, T + seq * 500];
const snapshot = (...rows: unknown[][]) => ({ type: 'snapshot', v: 1, scope: { kind: 'fleet' }, positions: rows });
const AREA: TrackingScope = { kind: 'area', bbox: [-74.02, 40.7, -73.97, 40.75] };
const MINE: TrackingScope = { kind: 'delivery', deliveryId: 'd1' };

describe('backoffDelay', () => {
  it('doubles from the initial delay and is capped at the maximum', () => {
    const policy = { initialMs: 500, maxMs: 10_000, jitter: 0 };
    expect([0, 1, 2, 3, 4, 5, 6, 20].map((n) => backoffDelay(n, policy))).toEqual([
      500, 1000, 2000, 4000, 8000, 10_000, 10_000, 10_000,
    ]);
  });

  it('applies jitter downwards only', () => {
    const policy = { initialMs: 1000, maxMs: 10_000, jitter: 0.5 };
    expect(backoffDelay(0, policy, () => 0)).toBe(500);
    expect(backoffDelay(0, policy, () => 1)).toBe(1000);
  });
});

describe('TrackingSocket', () => {
  let sockets: FakeSocket[];
  let messages: TrackingMessage[];
  let statuses: SocketStatus[];
  let client: TrackingSocket;

  const create = (options: Partial<TrackingSocketOptions> = {}) =>
    new TrackingSocket({
      url: 'ws://test/ws',
      onMessage: (m) => messages.push(m),
      onStatus: (s) => statuses.push(s),
      backoff: { initialMs: 500, maxMs: 10_000, jitter: 0 },
      createSocket: (url) => {
        const socket = new FakeSocket(url);
        sockets.push(socket);
        return socket;
      },
      ...options,
    });

  beforeEach(() => {
    vi.useFakeTimers();
    sockets = [];
    messages = [];
    statuses = [];
    client = create();
  });

  afterEach(() => client.stop());

  const lastSocket = () => sockets[sockets.length - 1]!;
  /** Closes the current socket and waits (fake time) until the client opened the next one. */
  const reconnect = () => {
    const before = sockets.length;
    lastSocket().close();
    let waited = 0;
    while (sockets.length === before && waited < 60_000) {
      vi.advanceTimersByTime(100);
      waited += 100;
    }
    return waited;
  };

  it('hands on snapshot, positions and removed frames and swallows keepalives', () => {
    client.start();
    lastSocket().open();
    lastSocket().emit(snapshot(row(0)));
    lastSocket().emit({ type: 'keepalive' });
    lastSocket().emit({ type: 'positions', positions: [row(1)] });
    lastSocket().emit({ type: 'removed', deliveries: [['d1', 'delivered']] });
    expect(messages).toEqual([
      { type: 'snapshot', scope: { kind: 'fleet' }, positions: [expect.objectContaining({ seq: 0 })] },
      { type: 'positions', positions: [expect.objectContaining({ seq: 1, emittedAt: T + 500 })], coalesced: 0 },
      { type: 'removed', deliveries: [{ deliveryId: 'd1', reason: 'delivered' }] },
    ]);
  });

  it('ignores data frames that come before the connection has a snapshot', () => {
    client.start();
    lastSocket().open();
    lastSocket().emit({ type: 'positions', positions: [row(1)] });
    lastSocket().emit({ type: 'removed', deliveries: [['d1', 'silent']] });
    lastSocket().emit(snapshot());
    lastSocket().emit({ type: 'positions', positions: [row(2)] });
    expect(messages.map((m) => m.type)).toEqual(['snapshot', 'positions']);
  });

  it('connects to the fleet by default and into the initial scope given', () => {
    client.start();
    expect(lastSocket().url).toBe('ws://test/ws');
    client.stop();
    client = create({ scope: MINE });
    client.start();
    expect(lastSocket().url).toBe('ws://test/ws?delivery=d1');
    client.stop();
    client = create({ scope: AREA });
    client.start();
    expect(lastSocket().url).toBe('ws://test/ws?bbox=-74.02,40.7,-73.97,40.75');
  });

  it('changes scope on the open socket by sending subscribe, without reconnecting', () => {
    client.start();
    lastSocket().open();
    lastSocket().emit(snapshot(row(3)));
    client.subscribe(AREA);
    expect(sockets).toHaveLength(1);
    expect(lastSocket().sent).toEqual([{ type: 'subscribe', scope: { kind: 'area', bbox: [-74.02, 40.7, -73.97, 40.75] } }]);
    expect(client.scope).toEqual(AREA);
    lastSocket().emit({ type: 'snapshot', v: 1, scope: AREA, positions: [] });
    expect(messages.at(-1)).toEqual({ type: 'snapshot', scope: AREA, positions: [] });
  });

  it('sends nothing when subscribing to the scope it already has', () => {
    client = create({ scope: MINE });
    client.start();
    lastSocket().open();
    client.subscribe({ kind: 'delivery', deliveryId: 'd1' });
    expect(lastSocket().sent).toEqual([]);
  });

  it('sends a scope chosen while connecting once the socket opens', () => {
    client.start();
    client.subscribe(MINE);
    expect(lastSocket().sent).toEqual([]);
    lastSocket().open();
    expect(lastSocket().sent).toEqual([{ type: 'subscribe', scope: { kind: 'delivery', deliveryId: 'd1' } }]);
  });

  it('remembers a scope chosen before start', () => {
    client.subscribe(MINE);
    client.start();
    lastSocket().open();
    expect(lastSocket().url).toBe('ws://test/ws?delivery=d1');
    expect(lastSocket().sent).toEqual([]);
  });

  it('reconnects straight into the scope last subscribed to', () => {
    client.start();
    lastSocket().open();
    lastSocket().emit(snapshot());
    client.subscribe(MINE);
    reconnect();
    expect(lastSocket().url).toBe('ws://test/ws?delivery=d1');
    lastSocket().open();
    expect(lastSocket().sent).toEqual([]);
    // And a scope changed while disconnected is used by the next connection.
    lastSocket().close();
    client.subscribe(AREA);
    vi.advanceTimersByTime(10_000);
    expect(lastSocket().url).toBe('ws://test/ws?bbox=-74.02,40.7,-73.97,40.75');
  });

  it('refuses a scope the server would refuse', () => {
    expect(() => client.subscribe({ kind: 'delivery', deliveryId: '' })).toThrow(RangeError);
    expect(() => client.subscribe({ kind: 'area', bbox: [-74, 41, -73, 40] })).toThrow(RangeError);
    expect(() => create({ scope: { kind: 'area', bbox: [0, 0, 200, 1] } })).toThrow(RangeError);
    expect(client.scope).toEqual({ kind: 'fleet' });
  });

  it('hands on error frames of the server', () => {
    client.start();
    lastSocket().open();
    lastSocket().emit({ type: 'error', reason: 'unknown scope kind' });
    expect(messages).toEqual([{ type: 'error', reason: 'unknown scope kind' }]);
  });

  it('reports a snapshot of another protocol version instead of reading it, and keeps retrying', () => {
    client.start();
    lastSocket().open();
    lastSocket().emit({ type: 'snapshot', v: 2, scope: { kind: 'fleet' }, positions: [[1, 2, 3]] });
    lastSocket().emit({ type: 'positions', positions: [row(1)] });
    expect(messages).toEqual([]);
    expect(statuses.at(-1)).toBe('incompatible');
    expect(lastSocket().closeCode).toBe(4002);
    // The status holds through the retries (whose backoff keeps growing) ...
    expect(reconnect()).toBe(500);
    lastSocket().open();
    lastSocket().emit({ type: 'snapshot', v: 2, positions: [] });
    expect(reconnect()).toBe(1000);
    lastSocket().open();
    expect(statuses.filter((s) => s !== 'incompatible')).toEqual(['connecting', 'open']);
    // ... until a snapshot this client reads arrives.
    lastSocket().emit(snapshot(row(4)));
    expect(statuses.at(-1)).toBe('open');
    expect(messages.map((m) => m.type)).toEqual(['snapshot']);
  });

  it('reconnects with exponentially growing delays capped at 10 s', () => {
    client.start();
    const delays: number[] = [];
    for (let i = 0; i < 7; i++) delays.push(reconnect());
    expect(delays).toEqual([500, 1000, 2000, 4000, 8000, 10_000, 10_000]);
  });

  it('starts the backoff again after a snapshot arrived', () => {
    client.start();
    lastSocket().close();
    vi.advanceTimersByTime(500);
    lastSocket().close();
    vi.advanceTimersByTime(1000);
    expect(sockets).toHaveLength(3);
    lastSocket().open();
    lastSocket().emit(snapshot());
    lastSocket().close();
    vi.advanceTimersByTime(500);
    expect(sockets).toHaveLength(4);
  });

  it('reconnects when the connection goes silent', () => {
    client = create({ idleTimeoutMs: 30_000 });
    client.start();
    lastSocket().open();
    vi.advanceTimersByTime(29_000);
    lastSocket().emit({ type: 'keepalive' });
    vi.advanceTimersByTime(29_000);
    expect(sockets[0]?.closed).toBe(false);
    vi.advanceTimersByTime(1_000);
    expect(sockets[0]?.closed).toBe(true);
    vi.advanceTimersByTime(500);
    expect(sockets).toHaveLength(2);
  });

  it('reports its status as it connects, opens, loses and stops the connection', () => {
    client.start();
    lastSocket().open();
    reconnect();
    client.stop();
    expect(statuses).toEqual(['connecting', 'open', 'closed', 'connecting', 'closed']);
  });

  it('does not reconnect after stop', () => {
    client.start();
    const socket = lastSocket();
    client.stop();
    expect(socket.closed).toBe(true);
    vi.advanceTimersByTime(60_000);
    expect(sockets).toHaveLength(1);
  });
});
