import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { clampDemoCount, DEMO_CONCURRENCY, runDemo, type DemoProgress } from './run-demo';

describe('runDemo', () => {
  it('starts the deliveries round-robin over the routes, never more than six at a time', async () => {
    let inFlight = 0;
    let most = 0;
    const asked: string[] = [];
    const progress: DemoProgress[] = [];
    const result = await runDemo({
      count: 20,
      routeIds: ['a', 'b', 'c'],
      create: async (routeId) => {
        asked.push(routeId);
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 1));
        inFlight -= 1;
      },
      onProgress: (p) => progress.push(p),
      signal: new AbortController().signal,
    });
    expect(most).toBe(DEMO_CONCURRENCY);
    expect(asked.filter((r) => r === 'a')).toHaveLength(7);
    expect(asked.filter((r) => r === 'c')).toHaveLength(6);
    expect(result).toEqual({ total: 20, started: 20, failed: 0, lastError: null, done: true });
    expect(progress.map((p) => p.started)).toEqual([...Array.from({ length: 20 }, (_, i) => i + 1), 20]);
  });

  it('counts failures, keeps the latest message and goes on', async () => {
    let call = 0;
    const result = await runDemo({
      count: 5,
      routeIds: ['a'],
      create: async () => {
        call += 1;
        if (call % 2 === 0) throw new Error(`refused ${call}`);
      },
      onProgress: () => {},
      signal: new AbortController().signal,
      concurrency: 1,
    });
    expect(result).toMatchObject({ started: 3, failed: 2, lastError: 'refused 4', done: true });
  });

  it('waits out a rate limit (429) as the server says and asks for the same delivery again', async () => {
    const waits: number[] = [];
    let calls = 0;
    const throttled = Object.assign(new ApiError('too many deliveries started from this address', 429), {
      retryAfterSeconds: 3,
    });
    const result = await runDemo({
      count: 2,
      routeIds: ['a'],
      concurrency: 1,
      create: async () => {
        calls += 1;
        if (calls <= 2) throw throttled;
      },
      onProgress: () => {},
      signal: new AbortController().signal,
      wait: async (ms) => {
        waits.push(ms);
      },
    });
    expect(result).toEqual({ total: 2, started: 2, failed: 0, lastError: null, done: true });
    expect(waits).toEqual([3000, 3000]);
    expect(calls).toBe(4);
  });

  it('starts no more once aborted', async () => {
    const controller = new AbortController();
    let calls = 0;
    await runDemo({
      count: 100,
      routeIds: ['a'],
      create: async () => {
        calls += 1;
        if (calls === 3) controller.abort();
      },
      onProgress: () => {},
      signal: controller.signal,
      concurrency: 1,
    });
    expect(calls).toBe(3);
  });

  it('bounds the count to 1..500', () => {
    expect(clampDemoCount(0)).toBe(1);
    expect(clampDemoCount(9999)).toBe(500);
    expect(clampDemoCount(12.4)).toBe(12);
    expect(clampDemoCount(Number.NaN)).toBe(50);
  });
});
