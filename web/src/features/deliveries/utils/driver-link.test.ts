import { describe, expect, it } from 'vitest';
import { driverLink } from './driver-link';

describe('driverLink', () => {
  it('puts the driver path, fragment and all, after the origin', () => {
    expect(driverLink('/drive/d1#token=abc', 'https://cd.example/')).toBe('https://cd.example/drive/d1#token=abc');
  });

  it('reads a path without its leading slash as absolute', () => {
    expect(driverLink('drive/d1#token=abc', 'http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080/drive/d1#token=abc');
  });

  it('uses the page origin by default', () => {
    expect(driverLink('/drive/d1#token=t')).toBe(`${window.location.origin}/drive/d1#token=t`);
  });
});
