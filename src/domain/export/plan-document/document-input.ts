import type { IsoDate } from '../../calendar.ts';
import type { Format } from '../../format.ts';
import type { Mailbox } from '../../inventory/mailbox.ts';
import type { MigrationMethod } from '../../methods/method-list.ts';
import type { Schedule } from '../../schedule/schedule-types.ts';
import type { Recommendation } from '../../strategy/recommendation.ts';
import type { Redactor } from '../redact.ts';
import type { SampleKind } from '../sample-notice.ts';

export type PlanDocumentInput = {
  planName: string;
  consultantName: string;
  clientName: string;
  /** The document's date, from the caller: the domain reads no clock. */
  date: IsoDate;
  /** The locale of its numbers and dates (as `resolveLocale` gives it): the plan's, else the browser's. */
  locale: string;
  recommendation: Recommendation;
  method: MigrationMethod;
  /** The user's reason when the plan follows another method than the recommended one. */
  overrideReason: string | null;
  /** Null when there is no inventory to schedule yet. */
  schedule: Schedule | null;
  mailboxes: readonly Mailbox[];
  commOffsets: readonly number[];
  redacted: boolean;
  /** The plan is the app's fictional sample (`plan`), or holds its sample inventory. */
  sample?: SampleKind;
};

/** What every section builder reads besides the input, made once per document. */
export type DocContext = {
  input: PlanDocumentInput;
  /** The redactor in use: a pass-through when the copy is not redacted. */
  r: Redactor;
  byEmail: Map<string, Mailbox>;
  /** The input locale's numbers and dates. */
  f: Format;
};
