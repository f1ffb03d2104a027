import type { FactId } from '../facts.ts';
import type { MigrationMethod } from '../methods/method-list.ts';
import { DEFAULT_COMM_OFFSETS } from './comm-offsets.ts';
import type { IsoDate } from '../calendar.ts';
import type { Schedule } from '../schedule/schedule-types.ts';
import { batchEmails } from '../schedule/schedule-view.ts';
import { addDays } from '../calendar.ts';
import { noticePhase, type NoticePhase } from './notice-phase.ts';
import { noticeText } from './notice-texts.ts';

/** Batch-level merge values; `name` and `email` come per recipient. */
export type NoticeFields = { batchName: string; batchDate: IsoDate; whatToDo: string };

export type Notice = {
  /** `<batch id>:<offset>`: stable while the batch and the offset are. */
  id: string;
  batchId: string;
  batchName: string;
  offsetDays: number;
  phase: NoticePhase;
  sendDate: IsoDate;
  /** The batch's switch-over date the offset counts from. */
  batchDate: IsoDate;
  /** Templates with {{name}}, {{email}}, {{batchName}}, {{batchDate}}, {{whatToDo}}. */
  subject: string;
  body: string;
  fields: NoticeFields;
  recipients: string[];
  factIds: readonly FactId[];
};

function bodyTemplate(intro: string): string {
  return [
    'Hello {{name}},',
    '',
    intro,
    '',
    'What to do:',
    '{{whatToDo}}',
    '',
    'If you have questions, reply to this message or contact the helpdesk.',
  ].join('\n');
}

/** Whole days only, each once, in calendar order; anything else is not a day offset. */
function cleanOffsets(offsets: readonly number[]): number[] {
  return [...new Set(offsets.filter((o) => Number.isInteger(o)))].toSorted((a, b) => a - b);
}

/**
 * The notices for every batch: one per offset (days relative to the batch's switch-over),
 * worded for the method. Sorted by send date, then by batch order in the schedule.
 */
export function communicationsCalendar(
  method: MigrationMethod,
  schedule: Schedule,
  offsets: readonly number[] = DEFAULT_COMM_OFFSETS,
): Notice[] {
  const days = cleanOffsets(offsets);
  const notices = schedule.batches.flatMap((batch, batchIndex) =>
    days.map((offsetDays) => {
      const phase = noticePhase(offsetDays);
      const text = noticeText(method, phase);
      const notice: Notice = {
        id: `${batch.id}:${offsetDays}`,
        batchId: batch.id,
        batchName: batch.name,
        offsetDays,
        phase,
        sendDate: addDays(batch.cutoverDate, offsetDays),
        batchDate: batch.cutoverDate,
        subject: text.subject,
        body: bodyTemplate(text.intro),
        fields: { batchName: batch.name, batchDate: batch.cutoverDate, whatToDo: text.whatToDo },
        recipients: batchEmails(schedule, batch),
        factIds: text.factIds,
      };
      return { notice, batchIndex };
    }),
  );
  return notices
    .toSorted((x, y) =>
      x.notice.sendDate !== y.notice.sendDate
        ? x.notice.sendDate < y.notice.sendDate
          ? -1
          : 1
        : x.batchIndex - y.batchIndex || x.notice.offsetDays - y.notice.offsetDays,
    )
    .map((x) => x.notice);
}
