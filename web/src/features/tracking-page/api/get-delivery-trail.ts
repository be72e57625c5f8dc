import { apiClient } from '../../../lib/api-client';

interface TrailsAnswer {
  trails: { deliveryId: string; points: [number, number][] }[];
}

/**
 * The path a delivery drove, as the search engine indexed it (`GET /api/dashboards/trails?deliveryId=`):
 * `[lng, lat]` points in order, thinned to at most 500; empty when nothing was indexed.
 */
export async function getDeliveryTrail(deliveryId: string, signal?: AbortSignal): Promise<[number, number][]> {
  const from = new Date(0).toISOString();
  const to = new Date(Date.now() + 60_000).toISOString();
  const query = new URLSearchParams({ deliveryId, from, to, limit: '1' });
  const answer = await apiClient.get<TrailsAnswer>(`/api/dashboards/trails?${query}`, signal);
  return answer.trails.find((trail) => trail.deliveryId === deliveryId)?.points ?? [];
}
