import type { Mailbox, Permission } from '../domain/inventory/mailbox.ts';
import type {
  Schedule,
  ScheduleInput,
  ScheduleProgress,
} from '../domain/schedule/schedule-types.ts';

/**
 * What the page asks the schedule worker. The worker keeps the last inventory it was sent
 * (with its permissions resolved to addresses), so a request after an edit or a change of
 * settings carries no inventory: copying 100,000 rows into the worker and resolving their
 * permissions again cost several times the scheduling itself.
 */
export type BuildScheduleRequest = Omit<ScheduleInput, 'mailboxes' | 'permissions'> & {
  type: 'schedule';
  /** 'parts': the inventory sent in InventoryParts since the last first part; null: the one held. */
  inventory: 'parts' | null;
};

/**
 * A slice of an inventory sent ahead of a request. Why: the page's thread copies a message
 * when posting it, and one message of 100,000 mailboxes and 150,000 permissions held it
 * for ~0.5 s; slices of a few thousand rows take a few ms each, with the page free between.
 */
export type InventoryPart = {
  type: 'inventory-part';
  /** The first part of an inventory: the worker drops any parts it has. */
  first: boolean;
  mailboxes: Mailbox[];
  permissions: Permission[];
};

export type ScheduleWorkerRequest = BuildScheduleRequest | InventoryPart;

/** Rows of each list per InventoryPart. */
export const PART_ROWS = 5000;

/** An inventory as InventoryParts of at most `rows` mailboxes and `rows` permissions each. */
export function inventoryParts(
  inventory: { mailboxes: readonly Mailbox[]; permissions: readonly Permission[] },
  rows = PART_ROWS,
): InventoryPart[] {
  const count = Math.max(
    1,
    Math.ceil(inventory.mailboxes.length / rows),
    Math.ceil(inventory.permissions.length / rows),
  );
  return Array.from({ length: count }, (_, k) => ({
    type: 'inventory-part',
    first: k === 0,
    mailboxes: inventory.mailboxes.slice(k * rows, (k + 1) * rows),
    permissions: inventory.permissions.slice(k * rows, (k + 1) * rows),
  }));
}

/** Messages the worker posts: progress while it runs, then the schedule (or the error). */
export type BuildScheduleMessage =
  | ({ type: 'progress' } & ScheduleProgress)
  | { type: 'done'; schedule: Schedule }
  | { type: 'error'; message: string };
