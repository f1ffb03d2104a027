import type { MailboxIndex } from './mailbox-index.ts';
import type { PilotSetting, ScheduleNotice } from './schedule-types.ts';

const SHOWN = 3;

/** Addresses a setting names that are not mailboxes of the inventory: they are left out. */
function unknownAddresses(
  code: string,
  [one, many]: [string, string],
  emails: readonly string[],
  index: MailboxIndex,
): ScheduleNotice[] {
  const unknown = [
    ...new Set(emails.map((e) => e.trim().toLowerCase()).filter((e) => e.length > 0)),
  ].filter((e) => index.find(e) < 0);
  if (unknown.length === 0) return [];
  const more = unknown.length > SHOWN ? ` and ${unknown.length - SHOWN} more` : '';
  const list = unknown.slice(0, SHOWN).join(', ') + more;
  return [
    {
      code,
      message:
        unknown.length === 1
          ? `The ${one} ${list} is not a mailbox of the inventory: left out.`
          : `${unknown.length} ${many} are not mailboxes of the inventory: left out (${list}).`,
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
  hasPilot: boolean,
  singleBatch: boolean,
): ScheduleNotice[] {
  const notices: ScheduleNotice[] = [];
  const pilot = settings.pilot ?? { mode: 'none' };
  if (!singleBatch && pilot.mode === 'list') {
    notices.push(
      ...unknownAddresses(
        'pilot-unknown',
        ['pilot address', 'pilot addresses'],
        pilot.emails,
        index,
      ),
    );
    if (!hasPilot) {
      notices.push({
        code: 'no-pilot',
        message:
          'No pilot batch: the pilot list names no mailbox of the inventory. Add addresses from the inventory, or let the pilot be chosen automatically.',
      });
    }
  }
  if (!singleBatch && pilot.mode === 'auto') {
    notices.push(
      ...unknownAddresses(
        'volunteer-unknown',
        ['volunteer', 'volunteers'],
        pilot.volunteers,
        index,
      ),
    );
    if (!hasPilot) {
      notices.push({
        code: 'no-pilot',
        message:
          'No pilot batch: no volunteer is a mailbox of the inventory, and no user mailbox is in an IT department (a department named IT, ICT, Information Technology or Information Systems). Name volunteers, or list the pilot mailboxes.',
      });
    }
  }
  if (settings.keepExecutivesWithAssistants && !singleBatch) {
    notices.push(
      ...unknownAddresses(
        'executive-unknown',
        ['executive', 'executives'],
        settings.executives ?? [],
        index,
      ),
    );
  }
  return notices;
}
