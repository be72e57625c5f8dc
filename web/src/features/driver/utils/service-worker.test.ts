import { describe, expect, it, vi } from 'vitest';
import { registerDriverWorker, shellUrls } from './service-worker';

describe('driver service worker', () => {
  it('hands it the page and the files it loaded from its own origin, never the API', () => {
    const here = new URL('https://cd.example/drive/d1') as unknown as Location;
    const entries = [
      { name: 'https://cd.example/assets/index-abc.js' },
      { name: 'https://cd.example/assets/DriverRoute-def.js' },
      { name: 'https://cd.example/api/device/delivery' },
      { name: 'https://tile.openstreetmap.org/1/0/0.png' },
      { name: 'https://cd.example/drive.webmanifest' },
    ];
    expect(shellUrls(entries, here)).toEqual(['/drive/d1', '/assets/index-abc.js', '/assets/DriverRoute-def.js', '/drive.webmanifest']);
  });

  it('registers with the /drive/ scope and asks the worker to cache the shell', async () => {
    vi.stubGlobal('isSecureContext', true);
    const postMessage = vi.fn();
    const container = {
      register: vi.fn().mockResolvedValue({}),
      ready: Promise.resolve({ active: { postMessage } }),
    } as unknown as ServiceWorkerContainer;
    await expect(registerDriverWorker(container)).resolves.toBe(true);
    expect(container.register).toHaveBeenCalledWith('/drive-sw.js', { scope: '/drive/' });
    expect(postMessage).toHaveBeenCalledWith({ type: 'cache-shell', urls: expect.arrayContaining([window.location.pathname]) });
  });

  it('does nothing without service workers', async () => {
    await expect(registerDriverWorker(undefined)).resolves.toBe(false);
  });
});
