import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Mailbox } from '../../domain/inventory/mailbox.ts';
import type { Schedule, ScheduleEdit } from '../../domain/schedule/schedule-types.ts';
import {
  scheduleEdited,
  scheduleEditsCleared,
  scheduleEditUndone,
} from '../../store/schedule-actions.ts';
import { BatchMembers } from './batch-members.tsx';
import { BatchTable } from './batch-table.tsx';
import { ScheduleEditsBar } from './schedule-edits-bar.tsx';

/**
 * The batch table, the chosen batch's mailboxes and the manual edits. The chosen batch is in
 * the URL (`?batch=`) so it survives a reload like the edits do.
 */
export function ScheduleBatches(props: {
  planId: string;
  schedule: Schedule;
  editCount: number;
  mailboxes: Mailbox[];
  cutoverTime: string;
}) {
  const { planId, schedule } = props;
  const [params, setParams] = useSearchParams();
  // An edit's message, and the schedule it was made on: once a newer schedule arrives the
  // message says so instead of still saying it is being recomputed.
  const [edited, setEdited] = useState<{ message: string; on: Schedule | null }>({
    message: '',
    on: null,
  });
  const setAnnouncement = (message: string) => setEdited({ message, on: null });
  const announcement =
    edited.on === null
      ? edited.message
      : `${edited.message} ${edited.on === schedule ? 'The schedule is being recomputed.' : 'The schedule is up to date.'}`;
  const selectedId = params.get('batch');
  const selected = schedule.batches.find((b) => b.id === selectedId) ?? null;
  const byEmail = useMemo(
    () => new Map(props.mailboxes.map((m) => [m.email, m])),
    [props.mailboxes],
  );

  const select = (id: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        next.set('batch', id);
        return next;
      },
      { replace: true },
    );
  const edit = useCallback(
    (e: ScheduleEdit, message: string) => {
      scheduleEdited(planId, e);
      setEdited({ message, on: schedule });
    },
    [planId, schedule],
  );

  return (
    <section aria-labelledby="sch-batches-heading">
      <h2 id="sch-batches-heading">Batches</h2>
      <ScheduleEditsBar
        count={props.editCount}
        onUndo={() => {
          scheduleEditUndone(planId);
          setAnnouncement('Last edit undone.');
        }}
        onClear={() => {
          scheduleEditsCleared(planId);
          setAnnouncement('All edits cleared.');
        }}
      />
      <p role="status" className="sch-status">
        {announcement}
      </p>
      <BatchTable
        batches={schedule.batches}
        selectedId={selected?.id ?? null}
        cutoverTime={props.cutoverTime}
        onSelect={select}
      />
      {selected ? (
        <BatchMembers
          key={selected.id}
          schedule={schedule}
          batch={selected}
          mailboxes={byEmail}
          onEdit={edit}
        />
      ) : (
        <p className="sch-muted">
          Choose a batch name to see its mailboxes, move, lock, split or merge.
        </p>
      )}
    </section>
  );
}
