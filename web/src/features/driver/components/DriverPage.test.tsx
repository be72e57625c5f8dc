// vitest: isolate (in a worker shared with other files its 401 test timed out, twice in CI)
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../lib/i18n/i18n';
import type { SceneMapProps } from '../../../lib/map/map-scene';
import { jsonResponse, mockFetch, problemResponse } from '../../../testing/fetch-mock';
import type { DeviceDelivery, DevicePosition } from '../../../types/device-api';
import { MemoryPositionStore } from '../utils/position-store';
import { DriverPage } from './DriverPage';

// MapLibre needs WebGL, which jsdom lacks: a renderer that shows what it was given.
const drawn = vi.hoisted(() => ({ props: null as SceneMapProps | null }));
const fakeMap = {
  render: (props: SceneMapProps) => {
    drawn.props = props;
    return <div data-testid="map" />;
  },
};

const ID = 'd1';
const T = Date.parse('2026-11-26T14:00:00Z');
// Along the equator, east: 0.01° of longitude is about 1,112 m; the route ends at 0.02.
const session = (over: Partial<DeviceDelivery> = {}): DeviceDelivery => ({
  delivery: { id: ID, routeId: 'equator', routeTitle: 'Equator Avenue', status: 'in_transit', distanceMeters: 2224 },
  path: [[0, 0], [0.01, 0], [0.02, 0]],
  lastSeq: -1,
  arrivalMeters: 150,
  ...over,
});

/** navigator.geolocation as the page uses it; `move` reports a fix. */
class FakeGeolocation {
  watchers = new Map<number, { success: PositionCallback; error: PositionErrorCallback | null | undefined; options: PositionOptions | undefined }>();
  private nextId = 1;
  time = T;
  watchPosition = (success: PositionCallback, error?: PositionErrorCallback | null, options?: PositionOptions) => {
    this.watchers.set(this.nextId, { success, error, options });
    return this.nextId++;
  };
  clearWatch = (id: number) => void this.watchers.delete(id);
  getCurrentPosition = () => {};
  move(lng: number, lat = 0) {
    this.time += 600;
    const position = { coords: { latitude: lat, longitude: lng, accuracy: 5 }, timestamp: this.time } as GeolocationPosition;
    for (const { success } of this.watchers.values()) success(position);
  }
  deny() {
    const error = { code: 1, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3, message: 'denied' } as GeolocationPositionError;
    for (const { error: onError } of this.watchers.values()) onError?.(error);
  }
}

/** The server's side of the driver API: repeats dropped, a finished position delivers. */
function fakeServer(over: Partial<DeviceDelivery> = {}) {
  const server = { lastSeq: over.lastSeq ?? -1, received: [] as DevicePosition[], tokens: [] as (string | null)[], answer: null as Response | null };
  const fetchMock = mockFetch({
    'GET /api/device/delivery': (init) => {
      server.tokens.push(new Headers(init?.headers).get('Authorization'));
      return jsonResponse(session({ ...over, lastSeq: server.lastSeq }));
    },
    'POST /api/device/positions': (init) => {
      server.tokens.push(new Headers(init?.headers).get('Authorization'));
      if (server.answer) return server.answer.clone();
      const { positions } = JSON.parse(String(init?.body)) as { positions: DevicePosition[] };
      const fresh = positions.filter((p) => p.seq > server.lastSeq);
      server.received.push(...fresh);
      server.lastSeq = fresh.at(-1)?.seq ?? server.lastSeq;
      return jsonResponse({ lastSeq: server.lastSeq, status: fresh.some((p) => p.finished) ? 'delivered' : 'in_transit' });
    },
  });
  return { server, fetchMock };
}

const root = () => document.querySelector<HTMLElement>(`[data-driver-delivery="${ID}"]`)!;
const statusOf = () => root()?.dataset.driverStatus;
const figure = (name: string) => document.querySelector(`[data-figure="${name}"]`)?.textContent;

function page(geolocation: FakeGeolocation | null, store = new MemoryPositionStore()) {
  return (
    <DriverPage
      deliveryId={ID}
      maplibre={fakeMap}
      mapConfig={{}}
      store={store}
      geolocation={geolocation as unknown as Geolocation | null}
      registerWorker={() => {}}
    />
  );
}

describe('DriverPage', () => {
  beforeEach(() => {
    localStorage.clear();
    drawn.props = null;
    window.history.replaceState(null, '', `/drive/${ID}#token=secret`);
  });

  it('says clearly that a link without a token cannot drive', () => {
    window.history.replaceState(null, '', `/drive/${ID}`);
    const fetchMock = mockFetch({});
    render(page(new FakeGeolocation()));
    expect(statusOf()).toBe('no-token');
    expect(screen.getByRole('heading', { name: 'This link has no driver key' })).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('keeps the token, drops it from the address, and reports each GPS fix with the next seq', async () => {
    const { server } = fakeServer();
    const gps = new FakeGeolocation();
    render(page(gps));
    await waitFor(() => expect(statusOf()).toBe('waiting-gps'));
    expect(window.location.hash).toBe('');
    expect(localStorage.getItem('codedelivery.driver.token.d1')).toBe('secret');
    expect(server.tokens).toEqual(['Bearer secret']);
    expect([...gps.watchers.values()][0]?.options).toMatchObject({ enableHighAccuracy: true });
    expect(screen.getByText('Waiting for GPS…')).toBeTruthy();

    act(() => gps.move(0.001));
    await waitFor(() => expect(root().dataset.lastAckedSeq).toBe('0'));
    act(() => gps.move(0.002));
    await waitFor(() => expect(root().dataset.lastAckedSeq).toBe('1'));
    expect(statusOf()).toBe('sending');
    expect(root().dataset.pending).toBe('0');
    expect(server.received.map((p) => [p.seq, p.lng, p.at, p.finished])).toEqual([
      [0, 0.001, new Date(T + 600).toISOString(), false],
      [1, 0.002, new Date(T + 1200).toISOString(), false],
    ]);
    expect(figure('distance-left')).toBe('2.0 km');
    expect(figure('route')).toBe('Equator Avenue');
    expect(drawn.props?.scene.vehicles[0]).toMatchObject({ lat: 0, lng: 0.002 });
    expect(drawn.props?.camera).toBe('selected');
  });

  it('keeps positions while offline, says how many wait, and sends them when back online', async () => {
    const { server } = fakeServer();
    const gps = new FakeGeolocation();
    const store = new MemoryPositionStore();
    render(page(gps, store));
    await waitFor(() => expect(statusOf()).toBe('waiting-gps'));
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    act(() => gps.move(0.001));
    act(() => gps.move(0.002));
    await waitFor(() => expect(root().dataset.pending).toBe('2'));
    expect(statusOf()).toBe('offline');
    expect(screen.getByRole('heading', { name: 'Offline: 2 positions waiting' })).toBeTruthy();
    expect(server.received).toHaveLength(0);

    onLine.mockReturnValue(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await waitFor(() => expect(root().dataset.pending).toBe('0'));
    expect(statusOf()).toBe('sending');
    expect(server.received.map((p) => p.seq)).toEqual([0, 1]);
    expect(await store.count(ID)).toBe(0);
  });

  it('sends what a reload left behind first, then numbers new fixes after it', async () => {
    const { server } = fakeServer({ lastSeq: 1 });
    const store = new MemoryPositionStore();
    for (const seq of [2, 3]) await store.put(ID, { seq, lat: 0, lng: seq / 1000, at: new Date(T + seq).toISOString(), finished: false });
    const gps = new FakeGeolocation();
    render(page(gps, store));
    await waitFor(() => expect(root().dataset.lastAckedSeq).toBe('3'));
    act(() => gps.move(0.005));
    await waitFor(() => expect(root().dataset.lastAckedSeq).toBe('4'));
    expect(server.received.map((p) => p.seq)).toEqual([2, 3, 4]);
  });

  it('ends the delivery on arrival: the last position is finished, recording stops, then Delivered', async () => {
    const { server } = fakeServer();
    const gps = new FakeGeolocation();
    render(page(gps));
    await waitFor(() => expect(statusOf()).toBe('waiting-gps'));
    act(() => gps.move(0.01));
    act(() => gps.move(0.0195)); // ~56 m from the end
    await waitFor(() => expect(statusOf()).toBe('delivered'));
    expect(server.received.map((p) => [p.seq, p.finished])).toEqual([[0, false], [1, true]]);
    expect(gps.watchers.size).toBe(0);
    expect(screen.getByRole('heading', { name: 'Delivered' })).toBeTruthy();
    expect(figure('distance-left')).toBe('0 m');
  });

  it('stops and says so when the delivery was cancelled (410)', async () => {
    const { server } = fakeServer();
    const gps = new FakeGeolocation();
    render(page(gps));
    await waitFor(() => expect(statusOf()).toBe('waiting-gps'));
    server.answer = jsonResponse({ title: 'Gone', status: 'cancelled', detail: 'the delivery was cancelled' }, 410, 'application/problem+json');
    act(() => gps.move(0.001));
    await waitFor(() => expect(statusOf()).toBe('cancelled'));
    expect(screen.getByText('The dispatcher cancelled this delivery: you can stop driving.')).toBeTruthy();
    expect(gps.watchers.size).toBe(0);
  });

  it('says the link is no longer valid on 401, when loading or when sending', async () => {
    mockFetch({ 'GET /api/device/delivery': () => problemResponse(401, 'Unauthorized', 'unknown token') });
    const { unmount } = render(page(new FakeGeolocation()));
    await waitFor(() => expect(statusOf()).toBe('unauthorized'));
    expect(screen.getByRole('heading', { name: 'This link is no longer valid' })).toBeTruthy();
    expect(localStorage.getItem('codedelivery.driver.token.d1')).toBeNull();
    unmount();

    window.history.replaceState(null, '', `/drive/${ID}#token=other`);
    const { server } = fakeServer();
    const gps = new FakeGeolocation();
    render(page(gps));
    await waitFor(() => expect(statusOf()).toBe('waiting-gps'));
    server.answer = problemResponse(401, 'Unauthorized', 'token replaced');
    act(() => gps.move(0.001));
    await waitFor(() => expect(statusOf()).toBe('unauthorized'));
    expect(root().dataset.pending).toBe('1');
  });

  it('drives on from the kept copy when reloaded without network', async () => {
    fakeServer();
    const first = render(page(new FakeGeolocation()));
    await waitFor(() => expect(statusOf()).toBe('waiting-gps'));
    first.unmount();
    mockFetch({ 'GET /api/device/delivery': () => Promise.reject(new TypeError('Failed to fetch')) });
    window.history.replaceState(null, '', `/drive/${ID}`);
    render(page(new FakeGeolocation()));
    await waitFor(() => expect(statusOf()).toBe('waiting-gps'));
    expect(screen.getByText("Shown from this phone's copy: the server could not be reached.")).toBeTruthy();
  });

  it('offers to try again when the delivery cannot be loaded', async () => {
    const answers = [problemResponse(500, 'Internal Server Error', 'boom'), jsonResponse(session())];
    mockFetch({ 'GET /api/device/delivery': () => answers.shift()! });
    render(page(new FakeGeolocation()));
    await waitFor(() => expect(statusOf()).toBe('load-error'));
    expect(screen.getByText('boom')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(statusOf()).toBe('waiting-gps'));
  });

  it('tells a refused location', async () => {
    fakeServer();
    const gps = new FakeGeolocation();
    render(page(gps));
    await waitFor(() => expect(statusOf()).toBe('waiting-gps'));
    act(() => gps.deny());
    expect(statusOf()).toBe('gps-denied');
    expect(screen.getByRole('heading', { name: 'Location is blocked' })).toBeTruthy();
  });

  it('speaks Brazilian Portuguese', async () => {
    await act(() => i18n.changeLanguage('pt-BR'));
    const { server } = fakeServer();
    const gps = new FakeGeolocation();
    render(page(gps));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Aguardando o GPS…' })).toBeTruthy());
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    act(() => gps.move(0.001));
    expect(await screen.findByRole('heading', { name: 'Sem conexão: 1 posição aguardando' })).toBeTruthy();
    act(() => gps.move(0.002));
    expect(await screen.findByRole('heading', { name: 'Sem conexão: 2 posições aguardando' })).toBeTruthy();
    onLine.mockReturnValue(true);
    server.answer = jsonResponse({ title: 'Gone', status: 'delivered' }, 410, 'application/problem+json');
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(await screen.findByRole('heading', { name: 'Entregue' })).toBeTruthy();
    expect(screen.getByText('Distância restante')).toBeTruthy();
  });
});
