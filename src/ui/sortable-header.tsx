import { flexRender, type Header, type SortingState } from '@tanstack/react-table';
import { isNumeric, nextSorting } from './column-sorting.ts';

/** A column header whose button cycles the table's sorting by that column. */
export function SortableHeader<T>({
  header: h,
  onSort,
}: {
  header: Header<T, unknown>;
  onSort: (sorting: SortingState) => void;
}) {
  const sorted = h.column.getIsSorted();
  return (
    <th
      scope="col"
      className={isNumeric(h.column) ? 'num' : undefined}
      // A column given a size keeps its width while other rows scroll into view.
      style={h.column.columnDef.size === undefined ? undefined : { width: h.getSize() }}
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
    >
      <button
        type="button"
        className="sort-button"
        onClick={() => onSort(nextSorting(h.column, sorted))}
      >
        {flexRender(h.column.columnDef.header, h.getContext())}
        <span aria-hidden="true" className="sort-mark">
          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
        </span>
      </button>
    </th>
  );
}
