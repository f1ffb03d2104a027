import { useMemo, type RefObject } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';

export const ROW_HEIGHT = 34;

export type RowWindow<T> = {
  /** The rows in view (plus overscan), in display order. */
  visible: T[];
  /** The display position of the first of them. */
  first: number;
  /** Heights of the spacers above and below the window. */
  top: number;
  bottom: number;
};

/**
 * Which of the ordered rows are in view of the scroll element. `visible` is the same array
 * until the window, the order or the data change, so the table's rows are rebuilt only then.
 */
export function useRowWindow<T>(
  data: readonly T[],
  order: Int32Array,
  scrollRef: RefObject<HTMLElement | null>,
): RowWindow<T> {
  const virtualizer = useVirtualizer({
    count: order.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  const visible = useMemo(() => {
    const rows: T[] = [];
    for (let i = first; i <= last; i++) {
      const row = data[order[i] ?? -1];
      if (row !== undefined) rows.push(row);
    }
    return rows;
  }, [data, order, first, last]);
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  return { visible, first, top, bottom };
}
