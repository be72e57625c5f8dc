import { memo } from 'react';
import type { DeliveryItem } from '../utils/delivery-items';

const STATUS_LABEL = { requested: 'Requested', in_transit: 'In transit', delivered: 'Delivered' } as const;

export interface DeliveryListProps {
  items: readonly DeliveryItem[];
  /** Rendering thousands of rows twice a second is wasted work: show the first ones. */
  limit?: number;
}

/** The active deliveries: route, step and progress, status. */
export function DeliveryList({ items, limit = 100 }: DeliveryListProps) {
  if (items.length === 0) return <p className="muted">No active deliveries.</p>;
  const hidden = items.length - limit;
  return (
    <>
      <ul className="delivery-list" aria-label="Active deliveries">
        {items.slice(0, limit).map((item) => (
          <DeliveryRow key={item.deliveryId} item={item} />
        ))}
      </ul>
      {hidden > 0 && <p className="muted">and {hidden} more</p>}
    </>
  );
}

const DeliveryRow = memo(function DeliveryRow({ item }: { item: DeliveryItem }) {
  const percent = item.progress === null ? null : Math.round(item.progress * 100);
  return (
    <li
      className={`delivery${item.mine ? ' mine' : ''}`}
      data-delivery-id={item.deliveryId}
      data-seq={item.seq ?? ''}
      data-status={item.status}
    >
      <span className="delivery-route">{item.routeTitle}</span>
      <span className="delivery-meta">
        <span className={`badge badge-${item.status}`}>{STATUS_LABEL[item.status]}</span>
        {item.seq !== null && <span> step {item.seq}</span>}
        {percent !== null && <span> · {percent}%</span>}
      </span>
      {percent !== null && <progress max={100} value={percent} aria-label="Progress" />}
    </li>
  );
});
