import type { Mailbox, Permission } from '../domain/inventory/mailbox.ts';
import { resolvePermissions } from '../domain/inventory/resolve-permissions.ts';
import { buildSchedule } from '../domain/schedule/build-schedule.ts';
import type { BuildScheduleMessage, BuildScheduleRequest } from './build-schedule-messages.ts';

/**
 * The schedule worker's logic, apart from the worker so tests run it in Node. It holds the
 * last inventory sent; a request without one schedules that inventory again.
 */
export function createBuildScheduleHandler(post: (m: BuildScheduleMessage) => void) {
  let held: { mailboxes: Mailbox[]; permissions: Permission[] } | null = null;
  return (request: BuildScheduleRequest): void => {
    try {
      if (request.inventory) {
        const { mailboxes, permissions } = request.inventory;
        // Permission exports name people by alias, DOMAIN\user or display name; batching
        // needs addresses.
        held = { mailboxes, permissions: resolvePermissions(permissions, mailboxes).permissions };
      }
      if (!held) throw new Error('The scheduler was not sent an inventory.');
      const schedule = buildSchedule(
        {
          method: request.method,
          mailboxes: held.mailboxes,
          permissions: held.permissions,
          settings: request.settings,
          edits: request.edits,
        },
        (p) => post({ type: 'progress', ...p }),
      );
      post({ type: 'done', schedule });
    } catch (error) {
      post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
}
