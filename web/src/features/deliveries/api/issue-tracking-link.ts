import { apiClient } from '../../../lib/api-client';
import type { TrackingLink } from '../../../types/api';

/** POST /api/deliveries/{id}/tracking-link: a customer's link to follow this one delivery, until it expires. */
export function issueTrackingLink(deliveryId: string): Promise<TrackingLink> {
  return apiClient.post<TrackingLink>(`/api/deliveries/${encodeURIComponent(deliveryId)}/tracking-link`, {});
}
