import type { MigrationMethod } from '../methods/method-list.ts';
import type { Schedule } from '../schedule/schedule-types.ts';
import { batchDates } from './batch-dates.ts';
import { contentNotes } from './content-notes.ts';
import { delegateNotes } from './delegate-notes.ts';
import type { ImpactNote } from './impact-note.ts';
import { mailAccessWindow } from './mail-access-window.ts';
import { userSetupNotes } from './user-setup-notes.ts';

function accessWindowNote(method: MigrationMethod, schedule?: Schedule): ImpactNote {
  const generic = mailAccessWindow(method);
  const batches = schedule?.batches ?? [];
  const text =
    batches.length === 0
      ? generic.text
      : `${generic.text}\n\nDates by batch:\n${batches.map((b) => `- ${batchDates(b)}`).join('\n')}`;
  return { id: 'mail-access-window', audience: 'all-users', ...generic, text };
}

/**
 * What the chosen method means for people, per group: profile, sign-in, phones, when mail is
 * out of reach, what does not move, and delegates (with the schedule's split pairs).
 */
export function impactNotes(method: MigrationMethod, schedule?: Schedule): ImpactNote[] {
  return [
    ...userSetupNotes(method),
    accessWindowNote(method, schedule),
    ...contentNotes(method),
    ...delegateNotes(method, schedule),
  ];
}
