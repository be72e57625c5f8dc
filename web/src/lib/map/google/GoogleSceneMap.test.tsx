import { act, render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { MapScene } from '../map-scene';
import { fakeGoogleMaps } from './fake-google-maps';
import { GoogleSceneMap } from './GoogleSceneMap';

const scene = (over: Partial<MapScene> = {}): MapScene => ({
  vehicles: [{ deliveryId: 'd1', routeId: 'r1', seq: 3, lat: 40.75, lng: -73.99, headingDeg: 90, color: '#aa0000', finished: false }],
  routes: [{ id: 'r1', color: '#5b6b8c', coordinates: [[-74, 40.74], [-73.98, 40.76]] }],
  trails: [{ id: 'd1', color: '#aa0000', coordinates: [[-74, 40.74], [-73.99, 40.75]] }],
  destinations: [{ id: 'r1', color: '#aa0000', lat: 40.76, lng: -73.98, title: 'Fifth Avenue' }],
  selectedId: null,
  ...over,
});

describe('GoogleSceneMap', () => {
  it('draws lines as polylines and the vehicle as an Advanced Marker with an arrow turned to its heading', () => {
    const { api, created } = fakeGoogleMaps();
    render(<GoogleSceneMap api={api} scene={scene()} camera="none" onSelect={() => {}} />);
    expect(created.maps[0]?.options).toMatchObject({ mapId: 'test-map-id' });
    expect(created.polylines.map((p) => [p.options.strokeColor, p.options.path])).toEqual([
      ['#5b6b8c', [{ lat: 40.74, lng: -74 }, { lat: 40.76, lng: -73.98 }]],
      ['#aa0000', [{ lat: 40.74, lng: -74 }, { lat: 40.75, lng: -73.99 }]],
    ]);
    const vehicle = created.markers.find((m) => (m.content as HTMLElement).dataset.vehicle === 'd1')!;
    expect(vehicle.position).toEqual({ lat: 40.75, lng: -73.99 });
    expect(vehicle.gmpClickable).toBe(true);
    const element = vehicle.content as HTMLElement;
    expect(element.dataset.heading).toBe('90');
    expect(element.querySelector('circle')?.getAttribute('fill')).toBe('#aa0000');
    expect(element.querySelector('path')?.getAttribute('transform')).toBe('rotate(90.0)');
    const destination = created.markers.find((m) => (m.content as HTMLElement).dataset.destination === 'r1');
    expect(destination?.position).toEqual({ lat: 40.76, lng: -73.98 });
  });

  it('moves the marker and turns the arrow on a new position, and removes a vehicle that left', () => {
    const { api, created } = fakeGoogleMaps();
    const { rerender } = render(<GoogleSceneMap api={api} scene={scene()} camera="none" onSelect={() => {}} />);
    const moved = scene({ vehicles: [{ ...scene().vehicles[0]!, lat: 40.76, headingDeg: 0 }] });
    rerender(<GoogleSceneMap api={api} scene={moved} camera="none" onSelect={() => {}} />);
    const vehicles = created.markers.filter((m) => (m.content as HTMLElement).dataset.vehicle === 'd1');
    expect(vehicles).toHaveLength(1);
    expect(vehicles[0]?.position).toEqual({ lat: 40.76, lng: -73.99 });
    expect((vehicles[0]?.content as HTMLElement).dataset.heading).toBe('0');
    rerender(<GoogleSceneMap api={api} scene={scene({ vehicles: [] })} camera="none" onSelect={() => {}} />);
    expect(vehicles[0]?.map).toBeNull();
  });

  it('selects a vehicle on click and clears the selection on a click on the map', () => {
    const { api, created } = fakeGoogleMaps();
    const onSelect = vi.fn();
    render(<GoogleSceneMap api={api} scene={scene()} camera="none" onSelect={onSelect} />);
    const vehicle = created.markers.find((m) => (m.content as HTMLElement).dataset.vehicle === 'd1')!;
    act(() => void vehicle.dispatchEvent(new Event('gmp-click')));
    expect(onSelect).toHaveBeenLastCalledWith('d1');
    act(() => created.maps[0]!.trigger('click'));
    expect(onSelect).toHaveBeenLastCalledWith(null);
  });

  it('fits everything in view in camera mode all, until the user drags the map', () => {
    const { api, created } = fakeGoogleMaps();
    const { rerender } = render(<GoogleSceneMap api={api} scene={scene()} camera="all" onSelect={() => {}} />);
    const map = created.maps[0]!;
    expect(map.fitted).toEqual([{ sw: { lat: 40.74, lng: -74 }, ne: { lat: 40.76, lng: -73.98 } }]);
    act(() => map.trigger('dragstart'));
    rerender(<GoogleSceneMap api={api} scene={scene({ destinations: [{ id: 'r1', color: '#a00', lat: 40.8, lng: -73.9, title: 'x' }] })} camera="all" onSelect={() => {}} />);
    expect(map.fitted).toHaveLength(1);
  });

  it('follows the selected vehicle in camera mode selected', () => {
    const { api, created } = fakeGoogleMaps();
    const { rerender } = render(<GoogleSceneMap api={api} scene={scene({ selectedId: 'd1' })} camera="selected" onSelect={() => {}} />);
    const moved = scene({ selectedId: 'd1', vehicles: [{ ...scene().vehicles[0]!, lat: 40.755 }] });
    rerender(<GoogleSceneMap api={api} scene={moved} camera="selected" onSelect={() => {}} />);
    expect(created.maps[0]!.pannedTo).toEqual([{ lat: 40.75, lng: -73.99 }, { lat: 40.755, lng: -73.99 }]);
    expect(created.maps[0]!.zoom).toBe(15); // close enough to see the streets
  });
});
