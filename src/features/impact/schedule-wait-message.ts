import type { InventoryState } from '../../store/use-inventory.ts';
import type { ScheduleState } from '../../store/use-schedule.ts';

/** Why dates are not shown yet, or null once the schedule is there. */
export function scheduleWaitMessage(
  inventory: InventoryState,
  schedule: ScheduleState,
): string | null {
  if (inventory.status === 'loading') return 'Loading the inventory…';
  if (inventory.inventory.mailboxes.length === 0) {
    return 'These notes hold for the method as a whole. Batch dates, personal timelines and the communications calendar appear once the inventory is imported and the schedule is computed.';
  }
  switch (schedule.status) {
    case 'ready':
      return null;
    case 'running':
      return 'Computing the schedule… dates appear when it is ready.';
    case 'error':
      return `The schedule could not be computed (${schedule.message}); dates appear once it is fixed on the schedule page.`;
    case 'idle':
      return 'Dates appear once the schedule is computed.';
  }
}
