import { apiClient } from '../../../lib/api-client';
import type { RouteFile } from '../utils/route-file';
import type { ManagedRoute, RouteDraft } from './route-types';

function importPath(preview: boolean, title: string): string {
  const query = new URLSearchParams();
  if (preview) query.set('preview', 'true');
  if (title.trim() !== '') query.set('title', title.trim());
  const search = query.toString();
  return search ? `/api/routes/import?${search}` : '/api/routes/import';
}

/** POST /api/routes/import?preview=true: the route the file would create, stored nowhere. */
export function previewRoute(file: RouteFile, title: string): Promise<RouteDraft> {
  return apiClient.postRaw<RouteDraft>(importPath(true, title), { content: file.file, contentType: file.contentType });
}

/** POST /api/routes/import: stores the route the file holds (201). */
export function importRoute(file: RouteFile, title: string): Promise<ManagedRoute> {
  return apiClient.postRaw<ManagedRoute>(importPath(false, title), { content: file.file, contentType: file.contentType });
}
