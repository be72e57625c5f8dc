import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Position } from '../types/api';
import { backoffDelay, parseMessage, TrackingSocket, type TrackingMessage, type WebSocketLike } from './tracking-socket';

class FakeSocket implements WebSocketLike {
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  closed = false;
  constructor(readonly url: string) {}
  open() {
    this.onopen?.(new Event('open'));
  }
  send(frame: unknown) {
    this.onmessage?.(new MessageEvent('message', { data: JSON.stringify(frame) }));
  }
  close() {
    if (this.closed) return;
    this.closed = true;
    this.onclose?.(new CloseEvent('close'));
  }
}

const position: Position = {
  deliveryId: 'd1', routeId: 'r1', seq: 0, lat: 40.7, lng: -73.9, finished: false, emittedAt: '2026-01-01T00:00:00Z',
};

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
  let client: TrackingSocket;

  beforeEach(() => {
    vi.useFakeTimers();
    sockets = [];
    messages = [];
    client = new TrackingSocket({
      url: 'ws://test/ws',
      onMessage: (m) => messages.push(m),
      backoff: { initialMs: 500, maxMs: 10_000, jitter: 0 },
      createSocket: (url) => {
        const socket = new FakeSocket(url);
        sockets.push(socket);
        return socket;
      },
    });
  });

  afterEach(() => client.stop());

  const lastSocket = () => sockets[sockets.length - 1]!;

  it('delivers snapshot and position frames and ignores keepalives', () => {
    client.start();
    lastSocket().open();
    lastSocket().send({ type: 'snapshot', positions: [position] });
    lastSocket().send({ type: 'keepalive' });
    lastSocket().send({ type: 'positions', positions: [{ ...position, seq: 1 }] });
    expect(messages.map((m) => m.type)).toEqual(['snapshot', 'positions']);
    expect(messages[1]?.positions[0]?.seq).toBe(1);
  });

  it('reconnects with exponentially growing delays capped at 10 s', () => {
    client.start();
    const delays: number[] = [];
    for (let i = 0; i < 7; i++) {
      const before = sockets.length;
      lastSocket().close();
      let waited = 0;
      while (sockets.length === before) {
        vi.advanceTimersByTime(100);
        waited += 100;
      }
      delays.push(waited);
    }
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
    lastSocket().send({ type: 'snapshot', positions: [] });
    lastSocket().close();
    vi.advanceTimersByTime(500);
    expect(sockets).toHaveLength(4);
  });

  it('reconnects when the connection goes silent', () => {
    client = new TrackingSocket({
      url: 'ws://test/ws',
      onMessage: () => {},
      idleTimeoutMs: 30_000,
      backoff: { initialMs: 500, maxMs: 10_000, jitter: 0 },
      createSocket: (url) => {
        const socket = new FakeSocket(url);
        sockets.push(socket);
        return socket;
      },
    });
    client.start();
    lastSocket().open();
    vi.advanceTimersByTime(29_000);
    lastSocket().send({ type: 'keepalive' });
    vi.advanceTimersByTime(29_000);
    expect(sockets[0]?.closed).toBe(false);
    vi.advanceTimersByTime(1_000);
    expect(sockets[0]?.closed).toBe(true);
    vi.advanceTimersByTime(500);
    expect(sockets).toHaveLength(2);
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

describe('parseMessage', () => {
  it('drops malformed frames and malformed positions', () => {
    expect(parseMessage('not json')).toBeNull();
    expect(parseMessage('{"type":"keepalive"}')).toBeNull();
    expect(parseMessage(JSON.stringify({ type: 'positions', positions: [position, { seq: 'x' }] }))).toEqual({
      type: 'positions',
      positions: [position],
    });
  });
});
