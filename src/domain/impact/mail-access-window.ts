import type { FactId } from '../facts.ts';
import type { MigrationMethod } from '../methods/method-list.ts';
import type { Batch } from '../schedule/schedule-types.ts';
import type { Severity } from './impact-note.ts';
import { methodTraits } from '../methods/method-traits.ts';

export type AccessWindow = {
  title: string;
  text: string;
  severity: Severity;
  factIds: readonly FactId[];
};

type When = { start: string; cutover: string; completeUtc: string };

const GENERIC: When = {
  start: 'the batch start date',
  cutover: 'the switch-over date',
  completeUtc: 'the completion time',
};

/**
 * When and for how long people lose (or do not lose) access to mail. With a batch the text
 * carries its dates; without one it speaks of "the switch-over date".
 */
export function mailAccessWindow(method: MigrationMethod, batch?: Batch): AccessWindow {
  const w: When = batch
    ? { start: batch.startDate, cutover: batch.cutoverDate, completeUtc: batch.completeAfterUtc }
    : GENERIC;
  switch (methodTraits[method].family) {
    case 'hybrid':
      return {
        title: 'Mail stays available; a short pause at completion',
        text:
          `The mailbox is copied online from ${w.start} while people keep working. ` +
          `At completion on ${w.cutover} (from ${w.completeUtc} UTC) the mailbox locks for a few minutes ` +
          'and Outlook asks to be closed and reopened once.',
        severity: 'info',
        factIds: ['hybridKeepsProfile'],
      };
    case 'cutover':
      return {
        title: 'Mail switches on the cut-over date; a gap until Outlook is set up again',
        text:
          `People keep working on the old server while mail is copied from ${w.start}; the copy is refreshed every 24 hours. ` +
          `On ${w.cutover} the MX record moves to Microsoft 365: for up to 72 hours new mail can land in either system, ` +
          'and people do not see mail delivered to Microsoft 365 until they have signed in with the new account and created the new Outlook profile.',
        severity: 'critical',
        factIds: ['incrementalSyncHours', 'mxPropagationHours', 'cutoverNewIdentity'],
      };
    case 'staged':
      return {
        title: 'Old mailbox closes when the batch is converted',
        text:
          `Mail is copied from ${w.start}; mail for migrated people is forwarded to Microsoft 365. ` +
          `On ${w.cutover} the old mailboxes of the batch become mail users: Outlook can no longer open them ` +
          'and people work in Microsoft 365 from a new Outlook profile.',
        severity: 'warning',
        factIds: ['stagedNewProfile', 'incrementalSyncHours'],
      };
    case 'imap':
      return {
        title: 'Mail switches on the cut-over date; late mail to the old server is not copied',
        text:
          `Email is copied from ${w.start} and refreshed every 24 hours. On ${w.cutover} the MX record moves to Microsoft 365 ` +
          '(allow up to 72 hours to take effect everywhere); mail that reaches the old server after the last copy is not migrated.',
        severity: 'warning',
        factIds: ['incrementalSyncHours', 'mxPropagationHours'],
      };
    case 'google':
      return {
        title: 'People keep using Gmail until their batch completes',
        text:
          `From ${w.start} mail, calendar and contacts are copied while new mail is still delivered to Gmail. ` +
          `When the batch completes on ${w.cutover}, new mail goes to Microsoft 365 and people switch to Outlook.`,
        severity: 'info',
        factIds: ['googleMovesAll', 'googleLicenceAfterStart'],
      };
    case 'pst-service':
      return method === 'pst-import-drive'
        ? {
            title: 'No loss of access; imported mail arrives after the drives are shipped',
            text:
              'The drives are shipped to Microsoft, which uploads them 7-10 business days after they arrive; ' +
              `the import then adds about 24 GB a day per mailbox. Expect old mail to appear between ${w.start} and ${w.cutover}.`,
            severity: 'info',
            factIds: ['driveShippingTurnaroundDays', 'pstIngestGBPerDay'],
          }
        : {
            title: 'No loss of access; imported mail appears gradually',
            text:
              'The Import service adds about 24 GB a day per mailbox (not guaranteed). ' +
              `Expect old mail to appear between ${w.start} and ${w.cutover}; mail already in the mailbox is untouched.`,
            severity: 'info',
            factIds: ['pstIngestGBPerDay'],
          };
    case 'outlook-pst':
      return {
        title: 'No switch-over; each person imports on their day',
        text:
          `Each person imports their own PST file in Outlook on ${w.cutover}. ` +
          'Mail access is not interrupted, but Outlook must stay open until the upload has finished.',
        severity: 'info',
        factIds: ['outlookPstMaxUsers'],
      };
  }
}
