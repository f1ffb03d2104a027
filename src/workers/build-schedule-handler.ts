import type { Mailbox, Permission } from '../domain/inventory/mailbox.ts';
import { resolvePermissions } from '../domain/inventory/resolve-permissions.ts';
import { buildSchedule } from '../domain/schedule/build-schedule.ts';
import type { BuildScheduleMessage, ScheduleWorkerRequest } from './build-schedule-messages.ts';

type Inventory = { mailboxes: Mailbox[]; permissions: Permission[] };

/**
 * The schedule worker's logic, apart from the worker so tests run it in Node. It holds the
 * last inventory sent; a request without one schedules that inventory again.
 */
export function createBuildScheduleHandler(post: (m: BuildScheduleMessage) => void) {
  let held: Inventory | null = null;
  let parts: Inventory | null = null;
  return (request: ScheduleWorkerRequest): void => {
    if (request.type === 'inventory-part') {
      if (request.first || !parts) parts = { mailboxes: [], permissions: [] };
      for (const m of request.mailboxes) parts.mailboxes.push(m);
      for (const p of request.permissions) parts.permissions.push(p);
      return;
    }
    try {
      if (request.inventory === 'parts') {
        if (!parts) throw new Error('The scheduler was sent no inventory parts.');
        const { mailboxes, permissions } = parts;
        parts = null;
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
