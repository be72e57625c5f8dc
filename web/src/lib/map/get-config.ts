import type { AppConfig } from '../../types/api';
import { apiClient } from '../api-client';

/** GET /api/config: the basemap style to use (null: the built-in one). */
export function getConfig(signal?: AbortSignal): Promise<AppConfig> {
  return apiClient.get<AppConfig>('/api/config', signal);
}
