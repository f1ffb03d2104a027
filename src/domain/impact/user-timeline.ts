import type { MigrationMethod } from '../methods/method-list.ts';
import type { Result } from '../result.ts';
import type { IsoDate } from '../calendar.ts';
import type { Batch, Schedule } from '../schedule/schedule-types.ts';
import { batchOfEmail } from '../schedule/schedule-view.ts';
import { delegateNotes } from './delegate-notes.ts';
import type { ImpactNote } from './impact-note.ts';
import { addDays } from '../calendar.ts';
import { mailAccessWindow, type AccessWindow } from './mail-access-window.ts';
import { timelineSteps, type StepTemplate } from './timeline-steps.ts';
import { userSetupNotes } from './user-setup-notes.ts';

export type TimelineStep = Omit<StepTemplate, 'anchor' | 'offsetDays'> & { date: IsoDate };

export type UserTimeline = {
  email: string;
  batch: { id: string; name: string; isPilot: boolean };
  dates: { start: IsoDate; syncDoneP50: IsoDate; syncDoneP90: IsoDate; cutover: IsoDate };
  /** In date order; steps on the same day keep the method's order. */
  steps: TimelineStep[];
  accessWindow: AccessWindow;
  /** Profile, sign-in and phone notes, plus notes on this person's split delegate pairs. */
  notes: ImpactNote[];
};

function anchorDate(batch: Batch, anchor: StepTemplate['anchor']): IsoDate {
  if (anchor === 'start') return batch.startDate;
  if (anchor === 'syncDone') return batch.syncDoneP50;
  return batch.cutoverDate;
}

/** "What happens to me and when": one person's batch, dates and steps, from the schedule. */
export function whatHappensToMe(
  email: string,
  method: MigrationMethod,
  schedule: Schedule,
): Result<UserTimeline> {
  const me = email.trim().toLowerCase();
  const batch = batchOfEmail(schedule, me);
  if (!batch) {
    return {
      ok: false,
      problems: [{ path: 'email', message: `${me} is not in any batch of the schedule.` }],
    };
  }
  const steps = timelineSteps(method)
    .map(({ anchor, offsetDays, ...rest }, order) => ({
      step: { ...rest, date: addDays(anchorDate(batch, anchor), offsetDays) },
      order,
    }))
    .toSorted((x, y) =>
      x.step.date < y.step.date ? -1 : x.step.date > y.step.date ? 1 : x.order - y.order,
    )
    .map((x) => x.step);
  const mine = schedule.emails.indexOf(me);
  const { a, b } = schedule.splits;
  const splitNotes = delegateNotes(method, schedule, (i) => a[i] === mine || b[i] === mine).filter(
    (n) => n.audience === 'split-delegates',
  );
  return {
    ok: true,
    value: {
      email: me,
      batch: { id: batch.id, name: batch.name, isPilot: batch.isPilot },
      dates: {
        start: batch.startDate,
        syncDoneP50: batch.syncDoneP50,
        syncDoneP90: batch.syncDoneP90,
        cutover: batch.cutoverDate,
      },
      steps,
      accessWindow: mailAccessWindow(method, batch),
      notes: [...userSetupNotes(method), ...splitNotes],
    },
  };
}
