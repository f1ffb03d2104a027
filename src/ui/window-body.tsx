import { flexRender, type Row } from '@tanstack/react-table';
import { isNumeric } from './column-sorting.ts';
import { ROW_HEIGHT } from './use-row-window.ts';

type Props<T> = {
  /** The table's rows for the window only; `first` is the display position of the first. */
  rows: Row<T>[];
  first: number;
  top: number;
  bottom: number;
  colCount: number;
  /** No row passes the filter: say so in a row of its own. */
  empty: boolean;
  emptyText?: string;
};

/** The rows in view between two spacer rows that stand for the rows scrolled past. */
export function WindowBody<T>({ rows, first, top, bottom, colCount, empty, emptyText }: Props<T>) {
  return (
    <tbody>
      {empty && (
        <tr>
          <td colSpan={colCount} className="empty-cell">
            {emptyText ?? 'No rows.'}
          </td>
        </tr>
      )}
      {top > 0 && (
        <tr aria-hidden="true" style={{ height: top }}>
          <td colSpan={colCount} />
        </tr>
      )}
      {rows.map((row, i) => (
        <tr key={row.id} aria-rowindex={first + i + 2} style={{ height: ROW_HEIGHT }}>
          {row.getVisibleCells().map((cell) => (
            <td key={cell.id} className={isNumeric(cell.column) ? 'num' : undefined}>
              {flexRender(cell.column.columnDef.cell, cell.getContext())}
            </td>
          ))}
        </tr>
      ))}
      {bottom > 0 && (
        <tr aria-hidden="true" style={{ height: bottom }}>
          <td colSpan={colCount} />
        </tr>
      )}
    </tbody>
  );
}
