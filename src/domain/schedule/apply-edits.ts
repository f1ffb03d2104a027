import { dayNumber } from '../calendar.ts';
import type { MailboxIndex } from './mailbox-index.ts';
import type { PlannedBatch } from './pack-batches.ts';
import type { ScheduleEdit, ScheduleNotice } from './schedule-types.ts';

export type EditContext = {
  index: MailboxIndex;
  /** Rows a batch may hold after an edit. */
  limit: number;
  singleBatch: boolean;
};

/** A planned batch whose members can change. */
type EditableBatch = Omit<PlannedBatch, 'members'> & { members: number[] };

function freshId(batches: EditableBatch[], base: string): string {
  const ids = new Set(batches.map((b) => b.id));
  if (!ids.has(base)) return base;
  for (let i = 2; ; i++) if (!ids.has(`${base}-${i}`)) return `${base}-${i}`;
}

type Edit<T extends ScheduleEdit['type']> = Extract<ScheduleEdit, { type: T }>;

function byId(batches: EditableBatch[], id: string): EditableBatch | undefined {
  return batches.find((b) => b.id === id);
}

/** Moves one mailbox to another batch, unless either batch is locked or the target full. */
function moveMailbox(
  batches: EditableBatch[],
  edit: Edit<'move'>,
  ctx: EditContext,
): string | null {
  const i = ctx.index.find(edit.email);
  if (i < 0) return `${edit.email} is not in the inventory.`;
  const to = byId(batches, edit.toBatchId);
  if (!to) return `There is no batch ${edit.toBatchId}.`;
  const from = batches.find((b) => b.members.includes(i));
  if (from === to) return null;
  if (to.locked || from?.locked) return `Batch ${(to.locked ? to : from)!.id} is locked.`;
  if (to.members.length + 1 > ctx.limit) return `Batch ${to.id} is full (${ctx.limit} rows).`;
  if (from) from.members.splice(from.members.indexOf(i), 1);
  to.members.push(i);
  return null;
}

/**
 * Locks a batch with the members and start date it was locked with (made again if it is
 * gone); they leave unlocked batches, and members another locked batch holds stay there.
 */
function lockBatch(batches: EditableBatch[], edit: Edit<'lock'>, ctx: EditContext): string | null {
  const start = dayNumber(edit.startDate);
  if (Number.isNaN(start)) return `Lock of ${edit.batchId}: ${edit.startDate} is not a date.`;
  const members = [...new Set(edit.members.map((e) => ctx.index.find(e)).filter((i) => i >= 0))];
  const set = new Set(members);
  let batch = byId(batches, edit.batchId);
  if (!batch) {
    batch = {
      id: edit.batchId,
      name: edit.batchId,
      members: [],
      isPilot: false,
      locked: false,
      pinnedStartDay: null,
    };
    batches.push(batch);
  }
  for (const b of batches) {
    if (b !== batch && !b.locked) b.members = b.members.filter((m) => !set.has(m));
  }
  const taken = new Set(batches.filter((b) => b !== batch && b.locked).flatMap((b) => b.members));
  batch.members = members.filter((m) => !taken.has(m));
  batch.locked = true;
  batch.pinnedStartDay = start;
  return null;
}

function unlockBatch(batches: EditableBatch[], edit: Edit<'unlock'>): string | null {
  const b = byId(batches, edit.batchId);
  if (!b) return `There is no batch ${edit.batchId}.`;
  b.locked = false;
  b.pinnedStartDay = null;
  return null;
}

function splitBatch(
  batches: EditableBatch[],
  edit: Edit<'split'>,
  ctx: EditContext,
): string | null {
  if (ctx.singleBatch) return 'A cutover migration is exactly one batch.';
  const b = byId(batches, edit.batchId);
  if (!b) return `There is no batch ${edit.batchId}.`;
  if (b.locked) return `Batch ${b.id} is locked.`;
  if (b.members.length < 2) return `Batch ${b.id} has fewer than two mailboxes.`;
  // Members are in packing order, where people linked to each other sit together.
  const half = Math.ceil(b.members.length / 2);
  const second: EditableBatch = {
    ...b,
    id: freshId(batches, `${b.id}b`),
    name: `${b.name} (2)`,
    members: b.members.slice(half),
  };
  b.members = b.members.slice(0, half);
  batches.splice(batches.indexOf(b) + 1, 0, second);
  return null;
}

function mergeBatches(
  batches: EditableBatch[],
  edit: Edit<'merge'>,
  ctx: EditContext,
): string | null {
  if (ctx.singleBatch) return 'A cutover migration is exactly one batch.';
  const [x, y] = edit.batchIds.map((id) => byId(batches, id));
  if (!x || !y) return `There is no batch ${!x ? edit.batchIds[0] : edit.batchIds[1]}.`;
  if (x === y) return null;
  if (x.locked || y.locked) return `Batch ${(x.locked ? x : y).id} is locked.`;
  if (x.members.length + y.members.length > ctx.limit) {
    return `Together ${x.id} and ${y.id} would hold more than ${ctx.limit} rows.`;
  }
  x.members.push(...y.members);
  x.isPilot = x.isPilot || y.isPilot;
  batches.splice(batches.indexOf(y), 1);
  return null;
}

/** Applies one edit in place; returns why it was refused, or null. */
function applyOne(batches: EditableBatch[], edit: ScheduleEdit, ctx: EditContext): string | null {
  switch (edit.type) {
    case 'move':
      return moveMailbox(batches, edit, ctx);
    case 'lock':
      return lockBatch(batches, edit, ctx);
    case 'unlock':
      return unlockBatch(batches, edit);
    case 'split':
      return splitBatch(batches, edit, ctx);
    case 'merge':
      return mergeBatches(batches, edit, ctx);
  }
}

/**
 * Applies manual edits in order. An edit that cannot apply (unknown mailbox or batch, a
 * locked batch, a row limit) is skipped and reported, so a stale edit never breaks a plan.
 */
export function applyEdits(
  batches: PlannedBatch[],
  edits: readonly ScheduleEdit[],
  ctx: EditContext,
): { batches: PlannedBatch[]; notices: ScheduleNotice[] } {
  if (edits.length === 0)
    return { batches: batches.filter((b) => b.members.length > 0), notices: [] };
  const out: EditableBatch[] = batches.map((b) => ({ ...b, members: Array.from(b.members) }));
  const notices: ScheduleNotice[] = [];
  edits.forEach((edit, i) => {
    const why = applyOne(out, edit, ctx);
    if (why)
      notices.push({
        code: 'edit-refused',
        message: `Edit ${i + 1} (${edit.type}) not applied: ${why}`,
      });
  });
  return { batches: out.filter((b) => b.members.length > 0), notices };
}
