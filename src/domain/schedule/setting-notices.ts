import { normalizeAddress } from '../inventory/normalize-address.ts';
import { firstAndMore } from '../list-text.ts';
import type { MailboxIndex } from './mailbox-index.ts';
import { findAddress } from './mailbox-index.ts';
import type { Packed } from './pack-batches.ts';
import type { PilotSetting, ScheduleNotice } from './schedule-types.ts';

/** Addresses a setting names that are not mailboxes of the inventory: they are left out. */
function unknownAddresses(
  code: string,
  [one, many]: [string, string],
  emails: readonly string[],
  index: MailboxIndex,
): ScheduleNotice[] {
  const unknown = new Map<string, string>();
  for (const e of emails) {
    const shown = e.trim().toLowerCase();
    if (shown.length > 0 && findAddress(index, e) < 0) {
      unknown.set(normalizeAddress(e) ?? shown, shown);
    }
  }
  if (unknown.size === 0) return [];
  const list = firstAndMore([...unknown.values()]);
  return [
    {
      code,
      message:
        unknown.size === 1
          ? `The ${one} ${list} is not a mailbox of the inventory: left out.`
          : `${unknown.size} ${many} are not mailboxes of the inventory: left out (${list}).`,
    },
  ];
}

/**
 * What a user would otherwise have to guess from the batches: addresses in the pilot,
 * volunteer and executive settings that match no mailbox, and a pilot asked for that came
 * out empty (with why, and what would fill it).
 */
export function settingNotices(
  settings: { pilot?: PilotSetting; executives?: string[]; keepExecutivesWithAssistants?: boolean },
  index: MailboxIndex,
  packed: Packed,
  singleBatch: boolean,
): ScheduleNotice[] {
  const notices: ScheduleNotice[] = [];
  const hasPilot = packed.batches.some((b) => b.isPilot);
  const pilot = settings.pilot ?? { mode: 'none' };
  if (!singleBatch && pilot.mode === 'list') {
    const names = ['pilot address', 'pilot addresses'] as [string, string];
    notices.push(...unknownAddresses('pilot-unknown', names, pilot.emails, index));
    if (!hasPilot) {
      notices.push({
        code: 'no-pilot',
        message:
          'No pilot batch: the pilot list names no mailbox of the inventory. Add addresses from the inventory, or let the pilot be chosen automatically.',
      });
    }
  }
  if (!singleBatch && pilot.mode === 'auto') {
    const names = ['volunteer', 'volunteers'] as [string, string];
    notices.push(...unknownAddresses('volunteer-unknown', names, pilot.volunteers, index));
    if (!hasPilot) {
      notices.push({
        code: 'no-pilot',
        message:
          packed.pilotCandidates > 0
            ? 'No pilot batch: every volunteer and IT user shares mailboxes with more people than the pilot size holds (an automatic pilot takes whole groups), or with a mailbox too large for a pilot. Raise the pilot size, or list the pilot mailboxes (a listed mailbox whose group does not fit goes alone).'
            : 'No pilot batch: no volunteer is a mailbox of the inventory, and no user mailbox is in an IT department (one whose name contains IT, ICT, Information Technology or Information Systems). Name volunteers, or list the pilot mailboxes.',
      });
    }
  }
  if (settings.keepExecutivesWithAssistants && !singleBatch) {
    const names = ['executive', 'executives'] as [string, string];
    notices.push(...unknownAddresses('executive-unknown', names, settings.executives ?? [], index));
  }
  return notices;
}
