import { observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode } from 'react';

export interface VirtualListProps<T> {
  items: readonly T[];
  /** Every row is this tall (px): nothing to measure, so scrolling 10,000 rows stays smooth. */
  rowHeight: number;
  getKey: (item: T) => string;
  renderRow: (item: T) => ReactNode;
  /** Accessible name of the list. */
  label: string;
  /** `data-list` of the scrolling container (a test hook). */
  listId: string;
  className?: string;
  /** Told which items are rendered now (e.g. to load details for those only). */
  onVisibleChange?: (items: readonly T[]) => void;
}

/** Height assumed while the container has none (not laid out yet, or jsdom). */
const UNMEASURED_HEIGHT = 480;

/** A list that renders only the rows in view (plus a few), with @tanstack/react-virtual. */
export function VirtualList<T>({ items, rowHeight, getKey, renderRow, label, listId, className, onVisibleChange }: VirtualListProps<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer keeps its own mutable state: React Compiler leaves this component alone.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    getItemKey: (index) => getKey(items[index]!),
    overscan: 6,
    observeElementRect: (instance: Virtualizer<HTMLDivElement, Element>, cb) =>
      observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : { width: rect.width, height: UNMEASURED_HEIGHT })),
  });
  const rows = virtualizer.getVirtualItems();
  const first = rows[0]?.index ?? 0;
  const last = rows[rows.length - 1]?.index ?? -1;
  const onVisibleRef = useRef(onVisibleChange);
  useEffect(() => {
    onVisibleRef.current = onVisibleChange;
  });
  useEffect(() => {
    onVisibleRef.current?.(items.slice(first, last + 1));
  }, [items, first, last]);

  return (
    <div ref={scrollRef} className={`virtual-list${className ? ` ${className}` : ''}`} data-list={listId}>
      <ul aria-label={label} style={{ height: virtualizer.getTotalSize() }}>
        {rows.map((row) => (
          <li
            key={row.key}
            aria-setsize={items.length}
            aria-posinset={row.index + 1}
            style={{ height: rowHeight, transform: `translateY(${row.start}px)` }}
          >
            {renderRow(items[row.index]!)}
          </li>
        ))}
      </ul>
    </div>
  );
}
