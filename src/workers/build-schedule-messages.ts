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
  inventory: { mailboxes: Mailbox[]; permissions: Permission[] } | null;
};

/** Messages the worker posts: progress while it runs, then the schedule (or the error). */
export type BuildScheduleMessage =
  | ({ type: 'progress' } & ScheduleProgress)
  | { type: 'done'; schedule: Schedule }
  | { type: 'error'; message: string };
