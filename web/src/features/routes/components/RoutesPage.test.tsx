import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../lib/i18n/i18n';
import { jsonResponse, mockFetch, problemResponse, type FetchRoute } from '../../../testing/fetch-mock';
import type { ManagedRoute, RouteDraft } from '../api/route-types';
import type { MappedRoute } from './route-map-data';
import { RoutesPage } from './RoutesPage';

// MapLibre needs WebGL, which jsdom lacks: the map shows what it was given; the browser e2e test covers it.
vi.mock('./RouteMap', () => ({
  RouteMap: ({ route }: { route: MappedRoute | null }) => (
    <div data-testid="route-map" data-points={route?.geometry.coordinates.length ?? 0} data-start={route ? `${route.start.lat},${route.start.lng}` : ''} />
  ),
}));

const route = (id: string, title: string, archived = false): ManagedRoute => ({
  id,
  title,
  archived,
  createdAt: '2026-11-20T10:00:00Z',
  lengthMeters: 3000,
  start: { lat: 40.73, lng: -73.99 },
  end: { lat: 40.76, lng: -73.97 },
  geometry: { type: 'LineString', coordinates: [[-73.99, 40.73], [-73.97, 40.76]] },
});

const DRAFT: RouteDraft = {
  id: null,
  title: 'Hudson River Greenway',
  archived: false,
  createdAt: '2026-11-26T08:00:00Z',
  lengthMeters: 12_345,
  start: { lat: 40.70, lng: -74.01 },
  end: { lat: 40.80, lng: -73.96 },
  geometry: { type: 'LineString', coordinates: [[-74.01, 40.7], [-74.0, 40.72], [-73.98, 40.76], [-73.96, 40.8]] },
};

/** A backend holding routes: lists them (archived ones with `?archived=true`), patches and imports them. */
function serve(imports: { preview?: FetchRoute; save?: FetchRoute } = {}) {
  const stored = [route('broadway', 'Broadway'), route('fifth-avenue', 'Fifth Avenue'), route('old-pier', 'Old Pier', true)];
  const fetchMock = mockFetch({
    'GET /api/routes': (_init, url) =>
      jsonResponse(url.searchParams.get('archived') === 'true' ? stored : stored.filter((r) => !r.archived)),
    'PATCH /api/routes/broadway': (init) => {
      Object.assign(stored[0]!, JSON.parse(String(init?.body)));
      return jsonResponse(stored[0]);
    },
    'PATCH /api/routes/old-pier': (init) => {
      Object.assign(stored[2]!, JSON.parse(String(init?.body)));
      return jsonResponse(stored[2]);
    },
    'POST /api/routes/import': (init, url) => {
      if (url.searchParams.get('preview') === 'true') return imports.preview ? imports.preview(init, url) : jsonResponse(DRAFT);
      if (imports.save) return imports.save(init, url);
      const created = { ...DRAFT, id: 'hudson', title: url.searchParams.get('title') ?? DRAFT.title };
      stored.push(created);
      return jsonResponse(created, 201);
    },
  });
  const calls = (method: string, path: string) =>
    fetchMock.mock.calls
      .filter(([input, init]) => (init?.method ?? 'GET') === method && new URL(String(input), 'http://localhost').pathname === path)
      .map(([input, init]) => ({ url: new URL(String(input), 'http://localhost'), init }));
  return { fetchMock, calls };
}

const gpx = () => new File(['<gpx><trk><trkseg/></trk></gpx>'], 'greenway.gpx', { type: '' });
const rowOf = (id: string) => document.querySelector<HTMLElement>(`[data-route-id="${id}"]`);
const preview = () => screen.queryByTestId('route-preview');

async function renderPage() {
  render(<RoutesPage />);
  await waitFor(() => expect(rowOf('broadway')).not.toBeNull());
}

describe('RoutesPage', () => {
  it('lists the routes with their length, creation date, and no archived one until asked', async () => {
    const { calls } = serve();
    await renderPage();
    const broadway = rowOf('broadway')!;
    expect(within(broadway).getByText('3.0 km')).toBeTruthy();
    expect(within(broadway).getByText('created Nov 20, 2026')).toBeTruthy();
    expect(rowOf('old-pier')).toBeNull();

    await userEvent.click(screen.getByRole('checkbox', { name: 'Show archived' }));
    await waitFor(() => expect(rowOf('old-pier')?.dataset.archived).toBe('true'));
    expect(within(rowOf('old-pier')!).getByText('Archived')).toBeTruthy();
    expect(calls('GET', '/api/routes').map(({ url }) => url.search)).toEqual(['', '?archived=true']);
  });

  it('shows a route on the map when its row is selected', async () => {
    serve();
    await renderPage();
    expect(screen.getByTestId('route-map').dataset.points).toBe('0');
    await userEvent.click(within(rowOf('fifth-avenue')!).getByRole('button', { name: 'Fifth Avenue' }));
    expect(rowOf('fifth-avenue')?.getAttribute('aria-current')).toBe('true');
    expect(screen.getByTestId('route-map').dataset.points).toBe('2');
  });

  it('sends a dropped GPX file for preview under its Content-Type and shows the route it would create', async () => {
    const { calls } = serve();
    await renderPage();
    await userEvent.type(screen.getByRole('textbox', { name: 'Title (optional)' }), 'Greenway');
    const file = gpx();
    fireEvent.drop(screen.getByTestId('route-drop-zone'), { dataTransfer: { files: [file] } });

    await waitFor(() => expect(preview()).not.toBeNull());
    const [request] = calls('POST', '/api/routes/import');
    expect(request?.url.searchParams.get('preview')).toBe('true');
    expect(request?.url.searchParams.get('title')).toBe('Greenway');
    expect(new Headers(request?.init?.headers).get('Content-Type')).toBe('application/gpx+xml');
    expect(request?.init?.body).toBe(file);

    expect(preview()?.dataset.title).toBe('Hudson River Greenway');
    expect(preview()?.dataset.points).toBe('4');
    expect(within(preview()!).getByText('4 points')).toBeTruthy();
    expect(within(preview()!).getByText('12.3 km')).toBeTruthy();
    expect(screen.getByTestId('route-map').dataset.start).toBe('40.7,-74.01');
  });

  it('saves the previewed file under the edited title, then lists and selects the stored route', async () => {
    const { calls } = serve();
    await renderPage();
    const file = new File(['{"type":"LineString","coordinates":[]}'], 'greenway.geojson');
    await userEvent.upload(screen.getByTestId('route-file-input'), file);
    const title = await within(await screen.findByTestId('route-preview')).findByRole('textbox', { name: 'Title' });
    await userEvent.clear(title);
    await userEvent.type(title, 'West Side');
    await userEvent.click(screen.getByTestId('route-save'));

    await waitFor(() => expect(rowOf('hudson')).not.toBeNull());
    const [previewed, saved] = calls('POST', '/api/routes/import');
    expect(new Headers(previewed?.init?.headers).get('Content-Type')).toBe('application/geo+json');
    expect(saved?.url.searchParams.has('preview')).toBe(false);
    expect(saved?.url.searchParams.get('title')).toBe('West Side');
    expect(new Headers(saved?.init?.headers).get('Content-Type')).toBe('application/geo+json');
    expect(saved?.init?.body).toBe(file);
    expect(within(rowOf('hudson')!).getByRole('button', { name: 'West Side' })).toBeTruthy();
    expect(rowOf('hudson')?.getAttribute('aria-current')).toBe('true');
    expect(preview()).toBeNull();
  });

  it('drops the preview on Cancel without storing anything', async () => {
    const { calls } = serve();
    await renderPage();
    await userEvent.upload(screen.getByTestId('route-file-input'), gpx());
    await userEvent.click(await within(await screen.findByTestId('route-preview')).findByRole('button', { name: 'Cancel' }));
    expect(preview()).toBeNull();
    expect(screen.getByTestId('route-map').dataset.points).toBe('0');
    expect(calls('POST', '/api/routes/import')).toHaveLength(1);
  });

  it("shows the problem's detail when the server refuses the file or the title", async () => {
    const detail = 'geometry.coordinates[3]: latitude must be a number from -90 to 90, was 91.5';
    let refusePreview = true;
    serve({
      preview: () => (refusePreview ? problemResponse(400, 'Bad Request', detail) : jsonResponse(DRAFT)),
      save: () => problemResponse(409, 'Conflict', "a route titled 'Hudson River Greenway' exists already (id hudson)"),
    });
    await renderPage();
    await userEvent.upload(screen.getByTestId('route-file-input'), new File(['{}'], 'bad.json'));
    expect((await screen.findByRole('alert')).textContent).toBe(detail);
    expect(preview()).toBeNull();

    refusePreview = false;
    await userEvent.upload(screen.getByTestId('route-file-input'), gpx());
    await userEvent.click(await screen.findByTestId('route-save'));
    expect((await screen.findByRole('alert')).textContent).toBe("a route titled 'Hudson River Greenway' exists already (id hudson)");
    expect(preview()).not.toBeNull();
  });

  it('refuses a file over 5 MiB without sending it', async () => {
    const { calls } = serve();
    await renderPage();
    const big = new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'big.gpx');
    await userEvent.upload(screen.getByTestId('route-file-input'), big);
    expect((await screen.findByRole('alert')).textContent).toBe('The file is larger than 5 MiB: it cannot be imported.');
    expect(calls('POST', '/api/routes/import')).toHaveLength(0);
  });

  it('says so when the server cannot be reached', async () => {
    serve();
    await renderPage();
    vi.mocked(fetch).mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await userEvent.upload(screen.getByTestId('route-file-input'), gpx());
    expect((await screen.findByRole('alert')).textContent).toBe('Cannot reach the server. Check your connection and try again.');
  });

  it('renames a route inline', async () => {
    const { calls } = serve();
    await renderPage();
    const row = rowOf('broadway')!;
    await userEvent.click(within(row).getByRole('button', { name: 'Rename' }));
    const input = within(row).getByRole('textbox', { name: 'New title' });
    await userEvent.clear(input);
    await userEvent.type(input, 'Broadway North{Enter}');

    await waitFor(() => expect(within(rowOf('broadway')!).getByRole('button', { name: 'Broadway North' })).toBeTruthy());
    expect(calls('PATCH', '/api/routes/broadway').map(({ init }) => init?.body)).toEqual(['{"title":"Broadway North"}']);
  });

  it('archives a route out of the list and restores it from the archived ones', async () => {
    const { calls } = serve();
    await renderPage();
    await userEvent.click(within(rowOf('broadway')!).getByRole('button', { name: 'Archive' }));
    await waitFor(() => expect(rowOf('broadway')).toBeNull());
    expect(calls('PATCH', '/api/routes/broadway').map(({ init }) => init?.body)).toEqual(['{"archived":true}']);

    await userEvent.click(screen.getByRole('checkbox', { name: 'Show archived' }));
    await waitFor(() => expect(rowOf('old-pier')).not.toBeNull());
    expect(rowOf('broadway')?.dataset.archived).toBe('true');
    const oldPier = rowOf('old-pier')!;
    await userEvent.click(oldPier.querySelector<HTMLElement>('[data-action="restore"]')!);
    await waitFor(() => expect(rowOf('old-pier')?.dataset.archived).toBe('false'));
    expect(calls('PATCH', '/api/routes/old-pier').map(({ init }) => init?.body)).toEqual(['{"archived":false}']);
    expect(rowOf('old-pier')?.querySelector('[data-action="archive"]')).not.toBeNull();
  });

  it('shows the detail of a refused rename next to the row', async () => {
    mockFetch({
      'GET /api/routes': () => jsonResponse([route('broadway', 'Broadway'), route('fifth-avenue', 'Fifth Avenue')]),
      'PATCH /api/routes/broadway': () => problemResponse(409, 'Conflict', "a route titled 'Fifth Avenue' exists already (id fifth-avenue)"),
    });
    await renderPage();
    const row = rowOf('broadway')!;
    await userEvent.click(within(row).getByRole('button', { name: 'Rename' }));
    const input = within(row).getByRole('textbox', { name: 'New title' });
    await userEvent.clear(input);
    await userEvent.type(input, 'Fifth Avenue{Enter}');
    expect((await within(row).findByRole('alert')).textContent).toBe("a route titled 'Fifth Avenue' exists already (id fifth-avenue)");
    expect(within(row).getByRole('textbox', { name: 'New title' })).toBeTruthy();
  });

  it('speaks Portuguese', async () => {
    await i18n.changeLanguage('pt-BR');
    serve();
    await renderPage();
    expect(screen.getByRole('heading', { name: 'Rotas', level: 1 })).toBeTruthy();
    expect(within(rowOf('broadway')!).getByText('3,0 km')).toBeTruthy();
    expect(within(rowOf('broadway')!).getByRole('button', { name: 'Arquivar' })).toBeTruthy();
    await userEvent.upload(screen.getByTestId('route-file-input'), gpx());
    expect(await within(await screen.findByTestId('route-preview')).findByText('4 pontos')).toBeTruthy();
  });
});
