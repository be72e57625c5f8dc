import { useCallback, useEffect, useState } from 'react';
import { filtersFromSearch, toSearchParams, type HistoryFilters } from '../utils/history-query';
import type { DeliveryRecord, DeliveryRecordPage } from './delivery-record';
import { listDeliveries } from './list-deliveries';

interface Loaded {
  /** The query the answer is for; null before the first. */
  query: string | null;
  page: DeliveryRecordPage | null;
  error: string | null;
}

export interface DeliveryHistory {
  status: 'loading' | 'ready' | 'error';
  /** The last page loaded (kept while the next one loads). */
  page: DeliveryRecordPage | null;
  /** Why the last request failed: the problem's `detail`. */
  error: string | null;
  reload: () => void;
  /** Puts a record as the server answered it (e.g. cancelled) in place of the row shown. */
  keep: (record: DeliveryRecord) => void;
}

/** The page of delivery records the filters select, loaded again whenever they change. */
export function useDeliveryHistory(filters: HistoryFilters): DeliveryHistory {
  const query = toSearchParams(filters).toString();
  const [loaded, setLoaded] = useState<Loaded>({ query: null, page: null, error: null });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    listDeliveries(filtersFromSearch(query), controller.signal)
      .then((page) => setLoaded({ query, page, error: null }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setLoaded((previous) => ({ ...previous, query, error: error instanceof Error ? error.message : String(error) }));
      });
    return () => controller.abort();
  }, [query, generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  const keep = useCallback(
    (record: DeliveryRecord) =>
      setLoaded((previous) => {
        if (!previous.page) return previous;
        const items = previous.page.items.map((item) => (item.id === record.id ? { ...item, ...record } : item));
        return { ...previous, page: { ...previous.page, items } };
      }),
    [],
  );
  const status = loaded.query !== query ? 'loading' : loaded.error !== null ? 'error' : 'ready';
  return { status, page: loaded.page, error: loaded.error, reload, keep };
}
