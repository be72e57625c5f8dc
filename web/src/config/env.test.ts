import { describe, expect, it } from 'vitest';
import { readEnv } from './env';

describe('readEnv', () => {
  it('derives a same-host ws URL from an http page', () => {
    expect(readEnv({}, { protocol: 'http:', host: 'localhost:8080' })).toEqual({
      apiBaseUrl: '',
      trackingSocketUrl: 'ws://localhost:8080/ws',
    });
  });

  it('uses wss when the page is served over https', () => {
    expect(readEnv({}, { protocol: 'https:', host: 'track.example' }).trackingSocketUrl).toBe(
      'wss://track.example/ws',
    );
  });

  it('rejects an API base URL that is not http(s)', () => {
    expect(() => readEnv({ VITE_API_BASE_URL: 'ftp://x' }, { protocol: 'http:', host: 'h' })).toThrow(
      /VITE_API_BASE_URL/,
    );
  });
});
