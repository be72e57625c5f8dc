import { act } from '@testing-library/react';

/**
 * A WebSocket that goes nowhere, for tests of the tracking socket's users: stub it in with
 * `vi.stubGlobal('WebSocket', FakeWebSocket)` after `FakeWebSocket.reset()`, then drive each
 * socket the code opened (`FakeWebSocket.all`, `FakeWebSocket.last`).
 */
export class FakeWebSocket {
  static all: FakeWebSocket[] = [];

  static get last(): FakeWebSocket | undefined {
    return FakeWebSocket.all[FakeWebSocket.all.length - 1];
  }

  static reset(): void {
    FakeWebSocket.all = [];
  }

  onopen: ((e: Event) => void) | null = null;
  onmessage: ((e: MessageEvent) => void) | null = null;
  onclose: ((e: CloseEvent) => void) | null = null;
  onerror: ((e: Event) => void) | null = null;
  /** What the code sent, as written. */
  sent: string[] = [];
  closed = false;

  constructor(readonly url: string) {
    FakeWebSocket.all.push(this);
  }

  send(data: string): void {
    this.sent.push(data);
  }

  close(): void {
    this.closed = true;
  }

  /** What the code sent, read as JSON. */
  sentMessages(): unknown[] {
    return this.sent.map((data) => JSON.parse(data) as unknown);
  }

  open(): void {
    act(() => this.onopen?.(new Event('open')));
  }

  emit(frame: unknown): void {
    act(() => this.onmessage?.(new MessageEvent('message', { data: JSON.stringify(frame) })));
  }

  drop(): void {
    act(() => this.onclose?.(new CloseEvent('close')));
  }
}
