import { batchEmails } from './schedule-view.ts';
import type { Schedule, ScheduleEdit } from './schedule-types.ts';

/** Edits are an append-only list: the store keeps it with the plan, undo drops the last one. */
export function addEdit(edits: readonly ScheduleEdit[], edit: ScheduleEdit): ScheduleEdit[] {
  return [...edits, edit];
}

export function undoEdit(edits: readonly ScheduleEdit[]): ScheduleEdit[] {
  return edits.slice(0, -1);
}

/** A lock edit that keeps a batch as the schedule shows it now (members and start date). */
export function lockEdit(schedule: Schedule, batchId: string): ScheduleEdit | null {
  const b = schedule.batches.find((x) => x.id === batchId);
  return b
    ? { type: 'lock', batchId, members: batchEmails(schedule, b), startDate: b.startDate }
    : null;
}
