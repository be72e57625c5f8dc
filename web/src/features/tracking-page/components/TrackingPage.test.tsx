import { act, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../lib/i18n/i18n';
import { jsonResponse, mockFetch } from '../../../testing/fetch-mock';
import type { SceneMapProps } from '../../../lib/map/map-scene';
import type { Route } from '../../../types/api';
import type { DeliveryRecord } from '../api/get-tracked-delivery';
import type { DeliveryRecordState } from '../api/use-delivery-record';
import type { LiveVehicle } from '../utils/tracking-view';
import { TrackingPage, type LiveFeed } from './TrackingPage';

// MapLibre needs WebGL, which jsdom lacks: the renderer is replaced by one that shows what it was given.
const drawn = vi.hoisted(() => ({ props: null as SceneMapProps | null }));
vi.mock('./MapLibreSceneMap', () => ({
  MapLibreSceneMap: (props: SceneMapProps) => {
    drawn.props = props;
    return <div data-testid="map" data-camera={props.camera} />;
  },
}));

// Along the equator, east: 0.01° of longitude is about 1,112 m.
const route = {
  id: 'equator',
  title: 'Equator Avenue',
  start: { lat: 0, lng: 0 },
  end: { lat: 0, lng: 0.03 },
  geometry: { type: 'LineString', coordinates: [[0, 0], [0.01, 0], [0.02, 0], [0.03, 0]] },
  lengthMeters: 3336,
} as Route;
const ID = 'd0000001-aaaa';
const delivery = (over: Partial<DeliveryRecord> = {}): DeliveryRecord => ({
  id: ID, routeId: 'equator', routeTitle: 'Equator', driver: 'simulator', status: 'in_transit', requestedAt: '2026-11-26T10:00:00Z', startedAt: '2026-11-26T10:00:02Z',
  deliveredAt: null, cancelledAt: null, distanceMeters: 0, drivenMeters: null, durationSeconds: null, ...over,
});
const ready = (over: Partial<DeliveryRecord> = {}): DeliveryRecordState => ({ status: 'ready', delivery: delivery(over), route });
const at = (seq: number, lng: number, finished = false, emittedAt = 1_764_150_000_000 + seq * 1000): LiveVehicle => ({
  deliveryId: ID, routeId: 'equator', seq, lat: 0, lng, emittedAt, finished,
});
const feed = (vehicle: LiveVehicle | null, over: Partial<LiveFeed> = {}): LiveFeed => ({ status: 'open', vehicle, ...over });

function page(record: DeliveryRecordState, live: LiveFeed | null, onReload = () => {}) {
  return <TrackingPage deliveryId={ID} record={record} feed={live} onReload={onReload} mapConfig={{}} />;
}
const root = () => document.querySelector<HTMLElement>(`[data-tracking-delivery="${ID}"]`)!;
const body = () => root().querySelector<HTMLElement>('[data-status]')!;
const figure = (name: string) => document.querySelector(`[data-figure="${name}"]`)?.textContent;

describe('TrackingPage', () => {
  beforeEach(() => {
    drawn.props = null;
  });

  it('follows the vehicle: progress, distance left, speed and ETA rise and fall with each position', () => {
    const { rerender } = render(page(ready({ status: 'requested', startedAt: null }), feed(null)));
    expect(body().dataset).toMatchObject({ status: 'requested', progress: '0' });
    expect(screen.getByText('Waiting for the vehicle')).toBeTruthy();
    expect(figure('route')).toBe('Equator Avenue');

    rerender(page(ready({ status: 'requested', startedAt: null }), feed(at(0, 0.003))));
    expect(body().dataset).toMatchObject({ status: 'in_transit', progress: '10' });
    expect(screen.getByText('On the way')).toBeTruthy();
    expect(figure('speed')).toBe('—');

    rerender(page(ready(), feed(at(1, 0.0036))));
    rerender(page(ready(), feed(at(2, 0.0042))));
    expect(body().dataset.progress).toBe('14');
    expect(figure('distance-left')).toBe('2.9 km');
    expect(figure('speed')).toBe('240 km/h'); // 66.7 m per second of the vehicle's clock
    expect(figure('eta')).toMatch(/^43 s \(around /);
    expect(document.querySelector('[data-connection]')?.textContent).toBe('Live');

    // The map follows this one vehicle along the path it drove.
    expect(drawn.props?.camera).toBe('selected');
    expect(drawn.props?.scene.vehicles.map((v) => [v.deliveryId, v.lng])).toEqual([[ID, 0.0042]]);
    expect(drawn.props?.scene.trails[0]?.coordinates).toEqual([[0.003, 0], [0.0036, 0], [0.0042, 0]]);
    expect(drawn.props?.scene.routes[0]?.coordinates).toEqual(route.geometry.coordinates);
    expect(drawn.props?.scene.destinations[0]).toMatchObject({ lat: 0, lng: 0.03 });
  });

  it('starts the drawn path from the trail the snapshot carried', () => {
    render(page(ready(), feed(at(9, 0.002), { trailSeed: [[0, 0], [0, 0.001], [0, 0.002]] })));
    expect(drawn.props?.scene.trails[0]?.coordinates).toEqual([[0, 0], [0.001, 0], [0.002, 0]]);
    expect(drawn.props?.scene.vehicles[0]?.headingDeg).toBeCloseTo(90, 3);
  });

  it('says Delivered when the live feed says so, and keeps saying it after the vehicle left the feed', () => {
    vi.useFakeTimers();
    const onReload = vi.fn();
    const { rerender } = render(page(ready(), feed(at(5, 0.025)), onReload));
    rerender(page(ready(), feed(at(6, 0.03, true)), onReload));
    act(() => vi.advanceTimersByTime(3_000));
    expect(onReload).toHaveBeenCalledOnce(); // for the time it was delivered at
    expect(body().dataset).toMatchObject({ status: 'delivered', progress: '100' });
    expect(screen.getByText('Delivered')).toBeTruthy();
    expect(screen.getByText('Your delivery has arrived.')).toBeTruthy();
    rerender(page(ready(), feed(null)));
    expect(body().dataset).toMatchObject({ status: 'delivered', progress: '100' });
    expect(drawn.props?.scene.vehicles[0]).toMatchObject({ finished: true, lng: 0.03 });
  });

  it('says Delivered when opened after the end, from the delivery record, with the recorded trail', async () => {
    const fetchMock = mockFetch({
      'GET /api/dashboards/trails': () => jsonResponse({ trails: [{ deliveryId: ID, points: [[0, 0], [0.015, 0], [0.03, 0]] }] }),
    });
    render(page(ready({ status: 'delivered', deliveredAt: '2026-11-26T10:05:00Z' }), feed(null)));
    expect(body().dataset).toMatchObject({ status: 'delivered', progress: '100' });
    await waitFor(() => expect(drawn.props?.scene.trails[0]?.coordinates).toEqual([[0, 0], [0.015, 0], [0.03, 0]]));
    expect(new URL(String(fetchMock.mock.calls[0]?.[0]), 'http://localhost').searchParams.get('deliveryId')).toBe(ID);
    expect(drawn.props?.scene.vehicles[0]).toMatchObject({ finished: true, lng: 0.03 });
    expect(screen.getByText('Delivered', { selector: '[data-status-text]' })).toBeTruthy();
    expect(screen.getByText('Delivered at')).toBeTruthy();
    expect(figure('delivered-at')).toMatch(/^\d{1,2}:\d{2}\s(AM|PM)$/);
  });

  it('asks the backend again when the vehicle leaves the feed without being delivered', async () => {
    const onReload = vi.fn();
    const { rerender } = render(page(ready(), feed(at(3, 0.01)), onReload));
    expect(onReload).not.toHaveBeenCalled();
    rerender(page(ready(), feed(null), onReload));
    await waitFor(() => expect(onReload).toHaveBeenCalledOnce());
  });

  it('asks the backend again when the feed ends a delivery that never drove (cancelled while requested)', async () => {
    const onReload = vi.fn();
    const { rerender } = render(page(ready({ status: 'requested', startedAt: null }), feed(null), onReload));
    rerender(page(ready({ status: 'requested', startedAt: null }), feed(null, { ended: true }), onReload));
    await waitFor(() => expect(onReload).toHaveBeenCalledOnce());
  });

  it('says the delivery was cancelled, with when, and stops waiting for it', () => {
    const onReload = vi.fn();
    render(page(ready({ status: 'cancelled', cancelledAt: '2026-11-26T10:02:00Z' }), feed(null, { ended: true }), onReload));
    expect(body().dataset.status).toBe('cancelled');
    expect(screen.getByText('Cancelled')).toBeTruthy();
    expect(screen.getByText('This delivery was cancelled.')).toBeTruthy();
    expect(figure('cancelled-at')).toMatch(/^\d{1,2}:\d{2}\s(AM|PM)$/);
    expect(figure('eta')).toBeUndefined();
    expect(onReload).not.toHaveBeenCalled();
  });

  it('says plainly that an unknown delivery or a broken link is not found, and draws no map', () => {
    const { rerender } = render(page({ status: 'not-found' }, null));
    expect(root().dataset.state).toBe('not-found');
    expect(screen.getByRole('heading', { name: 'Delivery not found' })).toBeTruthy();
    expect(screen.getByText(`There is no delivery “${ID}”. Check the tracking link you were given.`)).toBeTruthy();
    expect(root().dataset.status).toBeUndefined();
    rerender(page({ status: 'invalid' }, null));
    expect(root().dataset.state).toBe('invalid');
    expect(screen.getByRole('heading', { name: 'Delivery not found' })).toBeTruthy();
    expect(screen.queryByTestId('map')).toBeNull();
    expect(document.querySelector('[data-connection]')).toBeNull();
  });

  it('offers to try again after an error', () => {
    const onReload = vi.fn();
    render(page({ status: 'error', message: 'Cannot reach the server.' }, feed(null), onReload));
    expect(screen.getByRole('alert').textContent).toBe('Could not load the delivery: Cannot reach the server.');
    act(() => screen.getByRole('button', { name: 'Try again' }).click());
    expect(onReload).toHaveBeenCalledOnce();
  });

  it('says the vehicle is silent once its last position is older than 30 s, in both languages', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
    const last = at(3, 0.01);
    vi.setSystemTime(last.emittedAt + 10_000);
    const { rerender } = render(page(ready(), feed(last)));
    expect(document.querySelector('[data-silent-since]')).toBeNull();
    act(() => vi.advanceTimersByTime(25_000));
    const silent = document.querySelector<HTMLElement>('[data-silent-since]');
    expect(silent?.dataset.silentSince).toBe(String(last.emittedAt));
    expect(silent?.textContent).toMatch(/^No signal from the vehicle since \d{1,2}:\d{2}/);
    expect(body().dataset.status).toBe('in_transit');
    await act(() => i18n.changeLanguage('pt-BR'));
    expect(document.querySelector('[data-silent-since]')?.textContent).toMatch(/^Sem sinal do veículo desde \d{1,2}:\d{2}/);
    // A new position makes it live again.
    rerender(page(ready(), feed(at(4, 0.011, false, Date.now()))));
    expect(document.querySelector('[data-silent-since]')).toBeNull();
  });

  it('speaks Portuguese, with Brazilian formats', async () => {
    await act(() => i18n.changeLanguage('pt-BR'));
    const { rerender } = render(page(ready(), feed(at(0, 0.003))));
    expect(screen.getByText('A caminho')).toBeTruthy();
    expect(screen.getByText('Distância restante')).toBeTruthy();
    expect(figure('distance-left')).toBe('3,0 km');
    rerender(page(ready(), feed(at(1, 0.03, true))));
    expect(screen.getByText('Entregue', { selector: '[data-status-text]' })).toBeTruthy();
    expect(screen.getByText('Sua entrega chegou.')).toBeTruthy();
    rerender(page({ status: 'not-found' }, null));
    expect(screen.getByRole('heading', { name: 'Entrega não encontrada' })).toBeTruthy();
  });

  it('copies the tracking link', async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    render(page(ready(), feed(null)));
    await act(async () => screen.getByRole('button', { name: 'Copy tracking link' }).click());
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/track/${ID}`);
    expect(screen.getByText('Link copied')).toBeTruthy();
  });
});
