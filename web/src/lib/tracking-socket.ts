import type { Position } from '../types/api';

/** Frames the tracking socket receives (JSON text frames with a `type`). */
export type TrackingMessage =
  | { type: 'snapshot'; positions: Position[] }
  | { type: 'positions'; positions: Position[] };

export type SocketStatus = 'connecting' | 'open' | 'closed';

/** The part of the browser's WebSocket this client uses (a seam for tests). */
export interface WebSocketLike {
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
  close(code?: number, reason?: string): void;
}

export interface BackoffPolicy {
  initialMs: number;
  maxMs: number;
  /** 0: always the full delay; 0.5: between half and the full delay. */
  jitter: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { initialMs: 500, maxMs: 10_000, jitter: 0.5 };

/** Delay before reconnect attempt `attempt` (0-based): doubles each time, capped, with jitter. */
export function backoffDelay(attempt: number, policy: BackoffPolicy = DEFAULT_BACKOFF, random = Math.random): number {
  const full = Math.min(policy.maxMs, policy.initialMs * 2 ** Math.min(attempt, 30));
  return Math.round(full * (1 - policy.jitter + policy.jitter * random()));
}

export interface TrackingSocketOptions {
  url: string;
  onMessage: (message: TrackingMessage) => void;
  onStatus?: (status: SocketStatus) => void;
  backoff?: BackoffPolicy;
  /** Reconnect when no frame (keepalives included) arrived for this long. */
  idleTimeoutMs?: number;
  random?: () => number;
  createSocket?: (url: string) => WebSocketLike;
}

/**
 * The one WebSocket client. Connects, parses frames, and reconnects with exponential
 * backoff; every (re)connection starts with a snapshot, which the caller uses to resync.
 */
export class TrackingSocket {
  private readonly options: TrackingSocketOptions;
  private socket: WebSocketLike | null = null;
  private attempt = 0;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private stopped = true;

  constructor(options: TrackingSocketOptions) {
    this.options = options;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    this.clearTimers();
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      detach(socket);
      socket.close(1000, 'client stopped');
    }
    this.options.onStatus?.('closed');
  }

  private connect(): void {
    this.options.onStatus?.('connecting');
    const create = this.options.createSocket ?? ((url: string) => new WebSocket(url));
    let socket: WebSocketLike;
    try {
      socket = create(this.options.url);
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    socket.onopen = () => {
      this.options.onStatus?.('open');
      this.touch();
    };
    socket.onmessage = (event) => this.receive(event.data);
    socket.onerror = () => socket.close();
    socket.onclose = () => {
      if (this.socket !== socket) return;
      detach(socket);
      this.socket = null;
      this.options.onStatus?.('closed');
      this.scheduleReconnect();
    };
  }

  private receive(data: unknown): void {
    this.touch();
    const message = parseMessage(data);
    if (!message) return;
    // A snapshot proves the connection is healthy: start the backoff from scratch.
    if (message.type === 'snapshot') this.attempt = 0;
    this.options.onMessage(message);
  }

  private scheduleReconnect(): void {
    this.clearTimers();
    if (this.stopped) return;
    const delay = backoffDelay(this.attempt, this.options.backoff, this.options.random);
    this.attempt += 1;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (!this.stopped) this.connect();
    }, delay);
  }

  private touch(): void {
    const idle = this.options.idleTimeoutMs ?? 60_000;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.socket?.close(4000, 'idle'), idle);
  }

  private clearTimers(): void {
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.reconnectTimer = null;
    this.idleTimer = null;
  }
}

function detach(socket: WebSocketLike): void {
  socket.onopen = null;
  socket.onmessage = null;
  socket.onclose = null;
  socket.onerror = null;
}

/** Parses one frame; keepalives, unknown types and malformed frames give null. */
export function parseMessage(data: unknown): TrackingMessage | null {
  if (typeof data !== 'string') return null;
  let frame: unknown;
  try {
    frame = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof frame !== 'object' || frame === null) return null;
  const { type, positions } = frame as { type?: unknown; positions?: unknown };
  if ((type === 'snapshot' || type === 'positions') && Array.isArray(positions)) {
    return { type, positions: positions.filter(isPosition) };
  }
  return null;
}

function isPosition(value: unknown): value is Position {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Record<string, unknown>;
  return (
    typeof p.deliveryId === 'string' &&
    typeof p.seq === 'number' &&
    typeof p.lat === 'number' &&
    typeof p.lng === 'number'
  );
}
