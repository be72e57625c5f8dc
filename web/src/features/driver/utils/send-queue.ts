import type { DevicePosition } from '../../../types/device-api';
import { MAX_BATCH, type SendOutcome } from '../api/send-positions';
import { backoffDelay } from './backoff';
import type { PositionStore } from './position-store';

/**
 * `idle`: nothing to send; `sending`: a batch is on its way; `offline`: the browser is offline;
 * `retrying`: a send failed, the next try is in `retryInMs`; `ended`: the server takes no more
 * (the delivery was delivered or cancelled: `ended`); `unauthorized`: the link no longer works.
 */
export type QueuePhase = 'idle' | 'sending' | 'offline' | 'retrying' | 'ended' | 'unauthorized';

export interface QueueState {
  phase: QueuePhase;
  /** Positions stored and not yet acknowledged. */
  pending: number;
  /** The last seq the server acknowledged (-1: none). */
  lastAckedSeq: number;
  /** How the delivery ended, once the server said so. */
  ended: 'delivered' | 'cancelled' | null;
  retryInMs: number | null;
  /** Why the last send failed, while retrying. */
  error: string | null;
}

export interface SendQueueOptions {
  deliveryId: string;
  store: PositionStore;
  send: (positions: DevicePosition[]) => Promise<SendOutcome>;
  onChange: (state: QueueState) => void;
  /** The last seq the server had when the page loaded. */
  lastAckedSeq: number;
  /** The server refused the finished position (422): the recorder stores it again unfinished. */
  onFinishRefused?: (position: DevicePosition) => Promise<void>;
  isOnline?: () => boolean;
  backoff?: (attempt: number) => number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/**
 * Sends the stored positions of one delivery in seq order, in batches of at most 500, until the
 * server has them all. A position leaves the store only once the server's `lastSeq` covers it,
 * so a reload, a lost answer or a crash resends it (the server drops repeats). Network errors and
 * 5xx back off (1 s doubling to 15 s); `online` and new positions retry at once; 409 resends from
 * `expectedSeq`; 410 and 401 stop for good.
 */
export class SendQueue {
  private state: QueueState;
  private running = false;
  private stopped = false;
  private dirty = false;
  private wakeUp = false;
  private attempt = 0;
  private batchSize = MAX_BATCH;
  private timer: unknown = null;
  private readonly isOnline: () => boolean;
  private readonly backoff: (attempt: number) => number;
  private readonly setTimer: (callback: () => void, ms: number) => unknown;
  private readonly clearTimer: (timer: unknown) => void;

  constructor(private readonly options: SendQueueOptions) {
    this.state = { phase: 'idle', pending: 0, lastAckedSeq: options.lastAckedSeq, ended: null, retryInMs: null, error: null };
    this.isOnline = options.isOnline ?? (() => navigator.onLine !== false);
    this.backoff = options.backoff ?? backoffDelay;
    this.setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
    this.clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  }

  get current(): QueueState {
    return this.state;
  }

  /** Something new was stored: send it, unless a retry is pending (its backoff stands). */
  notify(): void {
    this.dirty = true;
    if (this.timer === null) void this.run();
  }

  /** Send now, cutting a pending backoff short (the network came back). */
  retryNow(): void {
    this.dirty = true;
    this.wakeUp = true;
    if (this.timer !== null) {
      this.clearTimer(this.timer);
      this.timer = null;
    }
    void this.run();
  }

  /** The browser went offline or came back online. */
  setOnline(online: boolean): void {
    if (online) this.retryNow();
    else if (!this.running && !this.terminal()) this.update({ phase: 'offline', retryInMs: null });
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
  }

  /** Resolves once the queue is not sending (for tests). */
  async settled(): Promise<void> {
    while (this.running) await new Promise((resolve) => setTimeout(resolve, 0));
  }

  private terminal(): boolean {
    return this.state.phase === 'ended' || this.state.phase === 'unauthorized';
  }

  private update(change: Partial<QueueState>): void {
    this.state = { ...this.state, ...change };
    if (!this.stopped) this.options.onChange(this.state);
  }

  private async countPending(): Promise<number> {
    return this.options.store.count(this.options.deliveryId);
  }

  private async run(): Promise<void> {
    if (this.running || this.stopped || this.terminal()) return;
    this.running = true;
    this.wakeUp = false;
    try {
      while (!this.stopped && !this.terminal()) {
        this.dirty = false;
        const batch = await this.options.store.list(this.options.deliveryId, this.batchSize);
        if (batch.length === 0) {
          if (this.dirty) continue;
          this.update({ phase: this.isOnline() ? 'idle' : 'offline', pending: 0, retryInMs: null, error: null });
          return;
        }
        if (!this.isOnline()) {
          this.update({ phase: 'offline', pending: await this.countPending(), retryInMs: null });
          return;
        }
        this.update({ phase: 'sending', pending: await this.countPending() });
        const outcome = await this.options.send(batch);
        if (this.stopped) return;
        if (!(await this.handle(outcome, batch))) return;
      }
    } finally {
      this.running = false;
      // The network came back while this send was failing: no need to sit out the backoff.
      if (this.wakeUp && this.timer !== null && !this.stopped) {
        this.clearTimer(this.timer);
        this.timer = null;
        void this.run();
      }
    }
  }

  /** Applies a send's outcome; false when the loop stops (done for good, or waiting for a retry). */
  private async handle(outcome: SendOutcome, batch: DevicePosition[]): Promise<boolean> {
    const id = this.options.deliveryId;
    const store = this.options.store;
    switch (outcome.kind) {
      case 'accepted': {
        const acked = Math.max(this.state.lastAckedSeq, outcome.lastSeq);
        await store.deleteUpTo(id, acked);
        if (acked < batch[0]!.seq) return this.retry('the server acknowledged none of the positions sent');
        this.attempt = 0;
        // The finished position acknowledged is the end, whatever the status says (the server may record it a moment later).
        const delivered = outcome.status === 'delivered' || batch.some((p) => p.finished && p.seq <= acked);
        this.update({ lastAckedSeq: acked, pending: await this.countPending(), error: null, retryInMs: null, ...(delivered ? { phase: 'ended', ended: 'delivered' } : {}) });
        if (delivered) await store.clear(id);
        return !delivered;
      }
      case 'resend': {
        // The server has everything before expectedSeq: those can go; the rest is sent again.
        const acked = Math.max(this.state.lastAckedSeq, outcome.expectedSeq - 1);
        await store.deleteUpTo(id, acked);
        this.update({ lastAckedSeq: acked, pending: await this.countPending() });
        const [first] = await store.list(id, 1);
        if (first && first.seq > outcome.expectedSeq) return this.retry(`positions ${outcome.expectedSeq} to ${first.seq - 1} are missing here`);
        return true;
      }
      case 'ended':
        await store.clear(id);
        this.update({ phase: 'ended', ended: outcome.status, pending: 0, retryInMs: null });
        return false;
      case 'unauthorized':
        // The positions stay: a new link for this delivery sends them.
        this.update({ phase: 'unauthorized', retryInMs: null });
        return false;
      case 'too-large':
        this.batchSize = Math.max(1, Math.floor(batch.length / 2));
        return true;
      case 'finish-refused': {
        const finished = batch.find((p) => p.finished);
        if (!finished || !this.options.onFinishRefused) return this.retry(outcome.message);
        await this.options.onFinishRefused(finished);
        return true;
      }
      case 'failed':
        return this.retry(outcome.message);
    }
  }

  private async retry(error: string): Promise<false> {
    this.attempt += 1;
    const wait = this.backoff(this.attempt);
    this.update({ phase: this.isOnline() ? 'retrying' : 'offline', retryInMs: wait, error, pending: await this.countPending() });
    this.timer = this.setTimer(() => {
      this.timer = null;
      void this.run();
    }, wait);
    return false;
  }
}
