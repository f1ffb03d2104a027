import { useDeferredValue, useId, useMemo, useState } from 'react';
import { createColumnHelper } from '@tanstack/react-table';
import type { Format } from '../../domain/format.ts';
import type { Mailbox } from '../../domain/inventory/mailbox.ts';
import { VirtualTable } from '../../ui/virtual-table.tsx';
import { usePlanFormat } from './use-plan-format.ts';
import { TYPE_LABELS } from './mailbox-summary.tsx';

const col = createColumnHelper<Mailbox>();

/** The table's columns, their cells written by the plan's formatter. */
function mailboxColumns(format: Format) {
  return [
    col.accessor('displayName', { header: 'Display name', size: 180 }),
    col.accessor('email', { header: 'Address', size: 230 }),
    col.accessor('type', {
      header: 'Type',
      size: 90,
      cell: (c) => TYPE_LABELS[c.getValue()].replace(/ mailboxes$/, ''),
    }),
    col.accessor('sizeBytes', {
      header: 'Size (GB)',
      size: 90,
      meta: { numeric: true },
      cell: (c) => {
        const v = c.getValue();
        return v === null ? 'unknown' : format.gb(v);
      },
    }),
    col.accessor('itemCount', {
      header: 'Items',
      size: 100,
      meta: { numeric: true },
      cell: (c) => {
        const v = c.getValue();
        return v === null ? '' : format.count(v);
      },
    }),
    col.accessor('department', { header: 'Department', size: 120 }),
    col.accessor('office', { header: 'Office', size: 110 }),
    col.accessor('database', { header: 'Database', size: 90 }),
  ];
}

const rowId = (m: Mailbox) => m.email;

/** Every imported mailbox: sortable by any column, filtered by any text, 100,000 rows smooth. */
export function MailboxTable({ mailboxes }: { mailboxes: Mailbox[] }) {
  const format = usePlanFormat();
  // The same columns between renders: the table keys its cached search texts on them.
  const columns = useMemo(() => mailboxColumns(format), [format]);
  const [filter, setFilter] = useState('');
  // Typing stays immediate; the table catches up with the text in a background render.
  const deferred = useDeferredValue(filter);
  const [count, setCount] = useState(mailboxes.length);
  const filterId = useId();
  const hintId = useId();
  return (
    <section aria-labelledby="inv-table-heading" className="inv-table">
      <h2 id="inv-table-heading">Mailboxes</h2>
      <div className="inv-table-tools">
        <div className="field">
          <label htmlFor={filterId} className="field-label">
            Filter mailboxes
          </label>
          <input
            id={filterId}
            type="search"
            value={filter}
            aria-describedby={hintId}
            onChange={(e) => setFilter(e.target.value)}
          />
          <p id={hintId} className="field-hint">
            Matches any column: name, address, department, office, database…
          </p>
        </div>
        <p className="inv-count" aria-live="polite">
          {deferred.trim() === ''
            ? `${format.count(mailboxes.length)} mailboxes`
            : `${format.count(count)} of ${format.count(mailboxes.length)} mailboxes match`}
        </p>
      </div>
      <VirtualTable
        label="Imported mailboxes"
        data={mailboxes}
        columns={columns}
        getRowId={rowId}
        filter={deferred}
        height={560}
        emptyText={deferred.trim() === '' ? 'No mailboxes.' : 'No mailbox matches the filter.'}
        onRowCount={setCount}
      />
      <p className="field-hint">
        Sort by a column with its heading button. Sizes in GB as Exchange counts them (1 GB = 1,024³
        bytes).
      </p>
    </section>
  );
}
