import type { Mailbox, Permission, PermissionKind } from '../domain/inventory/mailbox.ts';
import { defaultScheduleSettings } from '../domain/schedule/default-schedule-settings.ts';
import { buildSchedule } from '../domain/schedule/build-schedule.ts';
import type { ScheduleInput, ScheduleSettings } from '../domain/schedule/schedule-types.ts';
import type { ExpandedSchedule } from '../domain/schedule/schedule-view.ts';
import { expandSchedule } from '../domain/schedule/schedule-view.ts';

/** Test inventories: `u<i>@x.test`, sizes in GB. Used by the scheduler's tests only. */
export function mailbox(i: number, gb = 1, department = 'Sales'): Mailbox {
  return {
    row: i + 2,
    displayName: `User ${i}`,
    email: `u${i}@x.test`,
    type: 'UserMailbox',
    sizeBytes: Math.round(gb * 1024 ** 3),
    itemCount: null,
    archiveSizeBytes: null,
    department,
    office: `Office ${i % 3}`,
    database: `DB${i % 2}`,
  };
}

export function link(owner: number, grantee: number, kind: PermissionKind, row = 0): Permission {
  return { row, owner: `u${owner}@x.test`, grantee: `u${grantee}@x.test`, kind, rights: '' };
}

export function testInput(
  count: number,
  permissions: Permission[] = [],
  settings: Partial<ScheduleSettings> = {},
  method: ScheduleInput['method'] = 'full-hybrid',
): ScheduleInput {
  return {
    method,
    mailboxes: Array.from({ length: count }, (_, i) => mailbox(i)),
    permissions,
    settings: {
      ...defaultScheduleSettings('2026-03-02', 'Europe/Berlin'),
      pilot: { mode: 'none' },
      ...settings,
    },
    edits: [],
  };
}

/** A schedule read as emails and pair objects, so tests compare what people see. */
export function scheduleFor(...args: Parameters<typeof buildSchedule>): ExpandedSchedule {
  return expandSchedule(buildSchedule(...args));
}

/** The id of the batch an email is in. */
export function batchOf(s: ExpandedSchedule, email: string): string | undefined {
  return s.batches.find((b) => b.members.includes(email))?.id;
}
