import { apiClient } from '../../../lib/api-client';
import type { Route } from '../../../types/api';

/** A route the history can be filtered by. */
export interface RouteOption {
  id: string;
  title: string;
  archived: boolean;
}

/** GET /api/routes?archived=true: every route, archived ones too (old deliveries took them), by title. */
export async function getRouteOptions(signal?: AbortSignal): Promise<RouteOption[]> {
  const routes = await apiClient.get<Route[]>('/api/routes?archived=true', signal);
  return routes
    .map(({ id, title, archived }) => ({ id, title, archived }))
    .sort((a, b) => a.title.localeCompare(b.title));
}
