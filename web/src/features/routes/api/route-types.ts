import type { components } from '../../../types/openapi';
import type { Route } from '../../../types/api';

/** A stored route as the route management endpoints show it (`archived`, `createdAt`). */
export type ManagedRoute = Route;

/** The route an import would create (`POST /api/routes/import?preview=true`): not stored, so `id` is null. */
export type RouteDraft = components['schemas']['RoutePreview'];

/** `PATCH /api/routes/{id}`: the fields to change; one left out stays as it is. */
export type RouteChange = { title: string } | { archived: boolean };
