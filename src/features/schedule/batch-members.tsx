import { createContext, use, useEffect, useMemo, useRef, useState } from 'react';
import { createColumnHelper } from '@tanstack/react-table';
import type { Mailbox } from '../../domain/inventory/mailbox.ts';
import { lockEdit } from '../../domain/schedule/schedule-edits.ts';
import { batchEmails } from '../../domain/schedule/schedule-view.ts';
import type { Batch, Schedule, ScheduleEdit } from '../../domain/schedule/schedule-types.ts';
import { VirtualTable } from '../../ui/virtual-table.tsx';
import { formatCount, formatDay, formatGB } from './schedule-format.ts';

/** As people look names up: "User 2" before "User 10"; the same order as the PDF. */
const byName = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

type Row = {
  email: string;
  displayName: string;
  type: string;
  sizeBytes: number | null;
  department: string;
  office: string;
};

const col = createColumnHelper<Row>();

/** What a row's move control needs; through context so the columns stay module constants. */
type MoveContextValue = {
  locked: boolean;
  targets: Batch[];
  onMove: (email: string, to: Batch) => void;
};
const MoveContext = createContext<MoveContextValue>({
  locked: true,
  targets: [],
  onMove: () => {},
});

function MoveCell({ row }: { row: Row }) {
  const ctx = use(MoveContext);
  if (ctx.locked) return <span className="sch-muted">Batch locked</span>;
  return <MoveControl row={row} targets={ctx.targets} onMove={ctx.onMove} />;
}

const columns = [
  col.accessor('displayName', { header: 'Name' }),
  col.accessor('email', { header: 'Address' }),
  col.accessor((r) => r.sizeBytes ?? -1, {
    id: 'size',
    header: 'GB',
    cell: (c) => (c.row.original.sizeBytes === null ? '—' : formatGB(c.row.original.sizeBytes)),
    meta: { numeric: true },
  }),
  col.accessor('department', { header: 'Department' }),
  col.accessor('office', { header: 'Office' }),
  col.display({ id: 'move', header: 'Move to', cell: (c) => <MoveCell row={c.row.original} /> }),
];

/** Per-row move control: its own state, as rows mount and unmount while scrolling. */
function MoveControl(props: {
  row: Row;
  targets: Batch[];
  onMove: (email: string, to: Batch) => void;
}) {
  const [to, setTo] = useState(props.targets[0]?.id ?? '');
  const target = props.targets.find((b) => b.id === to);
  if (props.targets.length === 0) return <span className="sch-muted">No other batch</span>;
  return (
    <span className="sch-move">
      <select
        aria-label={`Move ${props.row.email} to`}
        value={to}
        onChange={(e) => setTo(e.target.value)}
      >
        {props.targets.map((b) => (
          <option key={b.id} value={b.id}>
            {b.name}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="btn btn-small"
        aria-label={`Move ${props.row.email}`}
        data-move=""
        disabled={!target}
        onClick={() => target && props.onMove(props.row.email, target)}
      >
        Move
      </button>
    </span>
  );
}

/** The rows' Move buttons, in order, as rendered (the table is virtualised). */
function moveButtonsIn(el: HTMLElement | null): HTMLButtonElement[] {
  return Array.from(el?.querySelectorAll<HTMLButtonElement>('button[data-move]') ?? []);
}

/** The chosen batch: its mailboxes (virtualised) and the edits that apply to it. */
export function BatchMembers(props: {
  schedule: Schedule;
  batch: Batch;
  mailboxes: ReadonlyMap<string, Mailbox>;
  onEdit: (edit: ScheduleEdit, message: string) => void;
}) {
  const { schedule, batch, mailboxes, onEdit } = props;
  const [filter, setFilter] = useState('');
  const index = schedule.batches.findIndex((b) => b.id === batch.id);
  const next = schedule.batches[index + 1];
  const single = schedule.method === 'cutover';
  const targets = useMemo(
    () => schedule.batches.filter((b) => b.id !== batch.id && !b.locked),
    [schedule, batch.id],
  );

  const rows = useMemo<Row[]>(
    () =>
      batchEmails(schedule, batch)
        .map((email) => {
          const m = mailboxes.get(email);
          return {
            email,
            displayName: m?.displayName ?? '',
            type: m?.type ?? '',
            sizeBytes: m?.sizeBytes ?? null,
            department: m?.department ?? '',
            office: m?.office ?? '',
          };
        })
        .sort(
          (a, b) =>
            byName.compare(a.displayName, b.displayName) || byName.compare(a.email, b.email),
        ),
    [schedule, batch, mailboxes],
  );

  // A moved row leaves the list, and focus with it: it goes to the row now in its place.
  // Checked after every render (cheap while no move is pending), as the row leaves only when
  // the new schedule arrives.
  const section = useRef<HTMLElement>(null);
  const refocus = useRef<number | null>(null);
  useEffect(() => {
    const at = refocus.current;
    if (at === null) return;
    const buttons = moveButtonsIn(section.current);
    if (buttons.some((b) => b === document.activeElement)) return;
    refocus.current = null;
    const successor = buttons[Math.min(at, buttons.length - 1)];
    if (successor) (successor.parentElement?.querySelector('select') ?? successor).focus();
    else section.current?.querySelector<HTMLElement>('#sch-members-heading')?.focus();
  });

  const move = useMemo<MoveContextValue>(
    () => ({
      locked: batch.locked,
      targets,
      onMove: (email, to) => {
        const at = moveButtonsIn(section.current).findIndex((b) => b === document.activeElement);
        refocus.current = at >= 0 ? at : null;
        onEdit({ type: 'move', email, toBatchId: to.id }, `Moved ${email} to ${to.name}.`);
      },
    }),
    [batch.locked, targets, onEdit],
  );

  return (
    <section className="card sch-members" aria-labelledby="sch-members-heading" ref={section}>
      <h3 id="sch-members-heading" tabIndex={-1}>
        {batch.name}: {formatCount(batch.memberIndexes.length)} mailboxes
      </h3>
      <p className="field-hint">
        Copy starts {formatDay(batch.startDate)}, switch-over {formatDay(batch.cutoverDate)}.
        {batch.locked && ' Locked: it keeps these mailboxes and its start date.'}
      </p>
      <div className="actions sch-batch-actions">
        {batch.locked ? (
          <button
            type="button"
            className="btn btn-small"
            onClick={() => onEdit({ type: 'unlock', batchId: batch.id }, `Unlocked ${batch.name}.`)}
          >
            Unlock batch
          </button>
        ) : (
          <button
            type="button"
            className="btn btn-small"
            onClick={() => {
              const edit = lockEdit(schedule, batch.id);
              if (edit) onEdit(edit, `Locked ${batch.name}.`);
            }}
          >
            Lock batch
          </button>
        )}
        <button
          type="button"
          className="btn btn-small"
          disabled={single || batch.locked || batch.memberIndexes.length < 2}
          onClick={() => onEdit({ type: 'split', batchId: batch.id }, `Split ${batch.name}.`)}
        >
          Split in two
        </button>
        <button
          type="button"
          className="btn btn-small"
          disabled={single || !next || batch.locked || next.locked}
          onClick={() =>
            next &&
            onEdit(
              { type: 'merge', batchIds: [batch.id, next.id] },
              `Merged ${next.name} into ${batch.name}.`,
            )
          }
        >
          {next ? `Merge with ${next.name}` : 'Merge with the next batch'}
        </button>
      </div>
      <div className="field sch-filter">
        <label className="field-label" htmlFor="sch-member-filter">
          Filter mailboxes
        </label>
        <input
          id="sch-member-filter"
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      </div>
      <button
        type="button"
        className="btn btn-small sch-skip"
        onClick={() => document.getElementById('sch-timeline-heading')?.focus()}
      >
        Skip the mailbox list
      </button>
      <MoveContext value={move}>
        <VirtualTable
          label={`Mailboxes in ${batch.name}`}
          data={rows}
          columns={columns}
          getRowId={(r) => r.email}
          filter={filter}
          height={420}
          emptyText="No mailbox matches."
        />
      </MoveContext>
    </section>
  );
}
