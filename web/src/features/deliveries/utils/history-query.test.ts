import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILTERS,
  filtersFromSearch,
  instantOfLocal,
  localOfInstant,
  pageCount,
  searchOf,
  withFilter,
  type HistoryFilters,
} from './history-query';

describe('the history filters in the query string', () => {
  it('reads every filter under the API names', () => {
    expect(
      filtersFromSearch('?status=in_transit&status=requested&routeId=r1&from=2026-11-26T10:00:00Z&to=2026-11-26T12:00:00Z&page=2&size=50'),
    ).toEqual({
      statuses: ['requested', 'in_transit'],
      routeId: 'r1',
      from: '2026-11-26T10:00:00Z',
      to: '2026-11-26T12:00:00Z',
      page: 2,
      size: 50,
    });
  });

  it('reads nothing as the defaults: every status and route, first page of 20', () => {
    expect(filtersFromSearch('')).toEqual(DEFAULT_FILTERS);
  });

  it('leaves out what it cannot read', () => {
    expect(
      filtersFromSearch('?status=lost&status=cancelled&status=cancelled&routeId=%20&from=yesterday&to=2026-11-26T12:00&page=-1&size=500'),
    ).toEqual({ ...DEFAULT_FILTERS, statuses: ['cancelled'] });
    expect(filtersFromSearch('?page=1.5&size=0')).toMatchObject({ page: 0, size: 20 });
  });

  it('writes them back the same way, defaults left out, so a link reproduces the view', () => {
    const filters: HistoryFilters = {
      statuses: ['cancelled', 'requested'],
      routeId: 'fifth avenue',
      from: '2026-11-26T10:00:00Z',
      to: null,
      page: 3,
      size: 10,
    };
    const search = searchOf(filters);
    expect(search).toBe('?status=requested&status=cancelled&routeId=fifth+avenue&from=2026-11-26T10%3A00%3A00Z&page=3&size=10');
    expect(filtersFromSearch(search)).toEqual({ ...filters, statuses: ['requested', 'cancelled'] });
    expect(searchOf(DEFAULT_FILTERS)).toBe('');
  });

  it('goes back to the first page when a filter changes', () => {
    expect(withFilter({ ...DEFAULT_FILTERS, page: 4 }, { routeId: 'r2' })).toEqual({ ...DEFAULT_FILTERS, routeId: 'r2', page: 0 });
  });

  it('counts pages, the empty result being one', () => {
    expect(pageCount(57, 20)).toBe(3);
    expect(pageCount(60, 20)).toBe(3);
    expect(pageCount(0, 20)).toBe(1);
  });
});

describe('datetime-local values and instants', () => {
  it('reads the local time the user typed as an instant', () => {
    expect(instantOfLocal('2026-11-26T10:30')).toBe(new Date(2026, 10, 26, 10, 30).toISOString().replace('.000Z', 'Z'));
    expect(instantOfLocal('')).toBeNull();
    expect(instantOfLocal('2026-13-45T99:99')).toBeNull();
  });

  it('shows an instant as the local time, to the minute, and round-trips it', () => {
    const instant = new Date(2026, 10, 26, 9, 5, 30).toISOString();
    expect(localOfInstant(instant)).toBe('2026-11-26T09:05');
    expect(instantOfLocal(localOfInstant('2026-11-26T10:00:00Z'))).toBe('2026-11-26T10:00:00Z');
    expect(localOfInstant(null)).toBe('');
  });
});
