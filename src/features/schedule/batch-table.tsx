import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  useReactTable,
} from '@tanstack/react-table';
import type { Batch } from '../../domain/schedule/schedule-types.ts';
import { formatCount, formatDay, formatGB } from './schedule-format.ts';

const col = createColumnHelper<Batch>();

function columns(selectedId: string | null, onSelect: (id: string) => void, cutoverTime: string) {
  return [
    col.accessor('name', {
      header: 'Batch',
      cell: (c) => {
        const b = c.row.original;
        return (
          <>
            <button
              type="button"
              className="sch-batch-button"
              aria-pressed={b.id === selectedId}
              onClick={() => onSelect(b.id)}
            >
              {b.name}
            </button>
            {b.isPilot && <span className="badge badge-accent">Pilot</span>}
            {b.locked && <span className="badge">Locked</span>}
          </>
        );
      },
    }),
    col.accessor((b) => b.memberIndexes.length, {
      id: 'mailboxes',
      header: 'Mailboxes',
      cell: (c) => formatCount(c.getValue()),
      meta: { numeric: true },
    }),
    col.accessor('totalBytes', {
      header: 'GB',
      cell: (c) => formatGB(c.getValue()),
      meta: { numeric: true },
    }),
    col.accessor('startDate', { header: 'Copy starts', cell: (c) => formatDay(c.getValue()) }),
    col.display({
      id: 'sync',
      header: () => (
        <>
          Sync done <span className="sch-sub">median / 90th pct.</span>
        </>
      ),
      cell: (c) => (
        <>
          {formatDay(c.row.original.syncDoneP50)}
          <br />
          {formatDay(c.row.original.syncDoneP90)}
        </>
      ),
    }),
    col.accessor('cutoverDate', {
      header: 'Switch-over (local)',
      cell: (c) => `${formatDay(c.getValue())} ${cutoverTime}`,
    }),
    col.display({
      id: 'utc',
      header: () => (
        <>
          <code>-StartAfter</code> / <code>-CompleteAfter</code>{' '}
          <span className="sch-sub">UTC</span>
        </>
      ),
      cell: (c) => (
        <>
          <code>{c.row.original.startAfterUtc}</code>
          <br />
          <code>{c.row.original.completeAfterUtc}</code>
        </>
      ),
    }),
    col.display({
      id: 'status',
      header: 'Constraints',
      meta: { wrap: true },
      cell: (c) => {
        const problems = c.row.original.constraints ?? [];
        return problems.length === 0 ? (
          <span className="sch-ok">Within limits</span>
        ) : (
          <ul className="sch-problems">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        );
      },
    }),
  ];
}

/** One row per batch, in schedule order; the name selects the batch to see and edit. */
export function BatchTable(props: {
  batches: Batch[];
  selectedId: string | null;
  cutoverTime: string;
  onSelect: (id: string) => void;
}) {
  const table = useReactTable({
    data: props.batches,
    columns: columns(props.selectedId, props.onSelect, props.cutoverTime),
    getRowId: (b) => b.id,
    getCoreRowModel: getCoreRowModel(),
  });
  // Dates and UTC values stay on one line; the constraint messages wrap, so that the table
  // fits a 1280-pixel screen beside the plan navigation.
  const cellClass = (meta: unknown) => {
    const m = meta as { numeric?: boolean; wrap?: boolean } | undefined;
    return m?.numeric ? 'num' : m?.wrap ? 'sch-wrap' : undefined;
  };
  return (
    <div className="table-scroll">
      <table className="table sch-batch-table">
        <caption className="visually-hidden">
          Batches with their dates; choose a batch name to see its mailboxes
        </caption>
        <thead>
          {table.getHeaderGroups().map((hg) => (
            <tr key={hg.id}>
              {hg.headers.map((h) => (
                <th key={h.id} scope="col" className={cellClass(h.column.columnDef.meta)}>
                  {flexRender(h.column.columnDef.header, h.getContext())}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr
              key={row.id}
              className={row.original.id === props.selectedId ? 'sch-selected' : undefined}
            >
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id} className={cellClass(cell.column.columnDef.meta)}>
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
