import { useEffect, useMemo, useRef, useState } from 'react';
import {
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
} from '@tanstack/react-table';
import { orderRows } from './order-rows.ts';
import { SortableHeader } from './sortable-header.tsx';
import { useRowWindow } from './use-row-window.ts';
import { WindowBody } from './window-body.tsx';

export { orderRows } from './order-rows.ts';

/**
 * A sortable, filterable table that renders only the rows in view, so 100,000 rows scroll
 * smoothly. It stays a real <table> (spacer rows above and below the window) so screen
 * readers keep table navigation.
 *
 * react-table defines the columns, headers and cells, but is handed only the rows in view:
 * its client-side row models build an object per row and took 0.7–1.9 s over 100,000 rows,
 * so filtering and sorting run here over arrays of row indexes (`orderRows`).
 * `row.index` in a cell is therefore the row's place in the window, not in `data`.
 */
export function VirtualTable<T>(props: {
  label: string;
  data: T[];
  // oxlint-disable-next-line typescript/no-explicit-any -- column value types differ per column
  columns: ColumnDef<T, any>[];
  getRowId: (row: T) => string;
  filter?: string;
  height?: number;
  emptyText?: string;
  /** Told how many rows pass the filter, e.g. for a "12 of 2,000" line. */
  onRowCount?: (count: number) => void;
}) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const table = useReactTable({
    data: NO_ROWS as T[],
    columns: props.columns,
    state: { sorting },
    onSortingChange: setSorting,
    getRowId: props.getRowId,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualFiltering: true,
    manualPagination: true,
    // New rows in view would otherwise reset the page index, a state change, a new render…
    autoResetAll: false,
    // Sorting starts ascending for text and descending for numbers, decided from the data.
    sortDescFirst: false,
  });
  const leafColumns = table.getAllLeafColumns();
  const order = useMemo(
    () => orderRows(props.data, leafColumns, props.filter ?? '', sorting),
    // leafColumns follow props.columns; listing them would recompute on every render.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
    [props.data, props.columns, props.filter, sorting],
  );
  const { onRowCount } = props;
  useEffect(() => {
    onRowCount?.(order.length);
  }, [onRowCount, order.length]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const { visible, first, top, bottom } = useRowWindow(props.data, order, scrollRef);
  // The columns above were read without rows; now the table gets the rows in view.
  table.setOptions((prev) => ({ ...prev, data: visible }));

  return (
    <div
      ref={scrollRef}
      className="virtual-table-scroll"
      style={{ maxHeight: props.height ?? 520 }}
      // A scrollable region must be reachable by keyboard to scroll it (axe: scrollable-region-focusable).
      // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="region"
      aria-label={`${props.label} (scrollable)`}
    >
      <table className="table virtual-table" aria-rowcount={order.length + 1}>
        <caption className="visually-hidden">{props.label}</caption>
        <thead>
          {table.getHeaderGroups().map((hg) => (
            <tr key={hg.id} aria-rowindex={1}>
              {hg.headers.map((h) => (
                <SortableHeader key={h.id} header={h} onSort={setSorting} />
              ))}
            </tr>
          ))}
        </thead>
        <WindowBody
          rows={table.getRowModel().rows}
          first={first}
          top={top}
          bottom={bottom}
          colCount={leafColumns.length}
          empty={order.length === 0}
          emptyText={props.emptyText}
        />
      </table>
    </div>
  );
}

const NO_ROWS: unknown[] = [];
