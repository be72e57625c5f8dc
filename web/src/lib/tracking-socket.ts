import type { TrackingScope } from '../types/api';
import { parseFrame, type TrackingMessage } from './tracking-frames';
import { FLEET_SCOPE, requireValidScope, sameScope, scopeToWire, scopeUrl } from './tracking-scope';

/**
 * `incompatible`: the server speaks another protocol version (likely a newer deployment;
 * reloading the page gets the matching app). The client keeps retrying with backoff and
 * returns to `open` once a snapshot it can read arrives.
 */
export type SocketStatus = 'connecting' | 'open' | 'closed' | 'incompatible';

/** The part of the browser's WebSocket this client uses (a seam for tests). */
export interface WebSocketLike {
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
  send(data: string): void;
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
  /** The socket's URL without a scope (e.g. `ws://host/ws`); the scope is added as its query. */
  url: string;
  /** What to subscribe to first (default: the fleet). */
  scope?: TrackingScope;
  onMessage: (message: TrackingMessage) => void;
  onStatus?: (status: SocketStatus) => void;
  backoff?: BackoffPolicy;
  /** Reconnect when no frame (keepalives included) arrived for this long. */
  idleTimeoutMs?: number;
  random?: () => number;
  createSocket?: (url: string) => WebSocketLike;
}

/** Close code when the server's snapshot is of a protocol version this client cannot read. */
export const CLOSE_UNSUPPORTED_VERSION = 4002;

/**
 * The one WebSocket client. Connects into a scope, parses frames, and reconnects with
 * exponential backoff; every (re)connection and every `subscribe` starts with a snapshot,
 * which the caller uses to resync. Data frames on a connection count only after a
 * snapshot of a version this client reads.
 */
export class TrackingSocket {
  private readonly options: TrackingSocketOptions;
  private scopeWanted: TrackingScope;
  /** The scope asked for on the current connection (its URL, then any `subscribe` sent). */
  private scopeAsked: TrackingScope | null = null;
  private socket: WebSocketLike | null = null;
  private isOpen = false;
  private versionRead = false;
  private incompatible = false;
  private attempt = 0;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private stopped = true;

  constructor(options: TrackingSocketOptions) {
    this.options = options;
    this.scopeWanted = requireValidScope(options.scope ?? FLEET_SCOPE);
  }

  /** The scope this client is subscribed to, or will be once the socket is open. */
  get scope(): TrackingScope {
    return this.scopeWanted;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    this.clearTimers();
    this.dropSocket()?.close(1000, 'client stopped');
    this.incompatible = false;
    this.options.onStatus?.('closed');
  }

  /**
   * Switches to another scope without reconnecting: sends `subscribe` on the open socket
   * (answered by a snapshot of the new scope) and remembers the scope for reconnects.
   * A scope equal to the current one changes nothing. Throws for an invalid scope.
   */
  subscribe(scope: TrackingScope): void {
    requireValidScope(scope);
    if (sameScope(scope, this.scopeWanted)) return;
    this.scopeWanted = scope;
    this.askForWantedScope();
  }

  private connect(): void {
    this.report('connecting');
    const create = this.options.createSocket ?? ((url: string) => new WebSocket(url));
    const scope = this.scopeWanted;
    let socket: WebSocketLike;
    try {
      socket = create(scopeUrl(this.options.url, scope));
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    this.scopeAsked = scope;
    socket.onopen = () => {
      this.isOpen = true;
      this.report('open');
      this.touch();
      // subscribe() was called while connecting: the URL carries the older scope.
      this.askForWantedScope();
    };
    socket.onmessage = (event) => this.receive(event.data);
    socket.onerror = () => socket.close();
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.dropSocket();
      this.report('closed');
      this.scheduleReconnect();
    };
  }

  private askForWantedScope(): void {
    const socket = this.socket;
    if (!socket || !this.isOpen || (this.scopeAsked && sameScope(this.scopeAsked, this.scopeWanted))) return;
    try {
      socket.send(JSON.stringify({ type: 'subscribe', scope: scopeToWire(this.scopeWanted) }));
      this.scopeAsked = this.scopeWanted;
    } catch {
      socket.close(); // the reconnect connects straight into the wanted scope
    }
  }

  private receive(data: unknown): void {
    this.touch();
    const frame = parseFrame(data);
    if (!frame || frame.type === 'keepalive') return;
    switch (frame.type) {
      case 'unsupported-version':
        this.versionRead = false;
        this.report('incompatible');
        this.incompatible = true;
        // Retry with the growing backoff: another replica (or a later one) may speak our version.
        this.socket?.close(CLOSE_UNSUPPORTED_VERSION, 'unsupported protocol version');
        return;
      case 'snapshot':
        this.versionRead = true;
        // A snapshot proves the connection is healthy: start the backoff from scratch.
        this.attempt = 0;
        if (this.incompatible) {
          this.incompatible = false;
          this.report('open');
        }
        break;
      case 'positions':
      case 'removed':
        // Rows are read by the version of this connection's snapshot: none yet, nothing to trust.
        if (!this.versionRead) return;
        break;
      case 'error':
        break;
    }
    this.options.onMessage(frame);
  }

  /** Status changes; `incompatible` holds through the retries until a readable snapshot. */
  private report(status: SocketStatus): void {
    if (this.incompatible) return;
    this.options.onStatus?.(status);
  }

  private dropSocket(): WebSocketLike | null {
    const socket = this.socket;
    this.socket = null;
    this.scopeAsked = null;
    this.isOpen = false;
    this.versionRead = false;
    if (socket) detach(socket);
    return socket;
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
