import type { FactId } from '../facts.ts';
import type { MigrationMethod } from '../methods/method-list.ts';
import { methodTraits } from '../methods/method-traits.ts';

/** A step of a person's timeline, anchored to one of their batch's dates. */
export type StepTemplate = {
  id: string;
  anchor: 'start' | 'syncDone' | 'cutover';
  offsetDays: number;
  title: string;
  text: string;
  factIds: readonly FactId[];
};

const COPY_DONE: StepTemplate = {
  id: 'copy-done',
  anchor: 'syncDone',
  offsetDays: 0,
  title: 'Initial copy expected to be finished',
  text: 'Most mailboxes of the batch are copied by this date; the slowest ones may take until the later date shown. Nothing to do.',
  factIds: ['durationByMailboxSize', 'durationByMailboxSizeP90'],
};

/** What happens to one person, step by step, for the chosen method. */
export function timelineSteps(method: MigrationMethod): StepTemplate[] {
  const t = methodTraits[method];
  const newProfile: StepTemplate = {
    id: 'new-profile',
    anchor: 'cutover',
    offsetDays: 0,
    title: 'Switch-over: create a new Outlook profile and set up your phone again',
    text:
      t.credentials.kind === 'new'
        ? 'Sign in to Microsoft 365 with the new account and temporary password from IT, choose a new password, create a new Outlook profile and add the account again on your phone.'
        : 'Create a new Outlook profile for your Exchange Online mailbox and add the account again on your phone.',
    factIds: [...t.profile.factIds, ...t.credentials.factIds],
  };
  switch (t.family) {
    case 'hybrid':
      return [
        {
          id: 'copy-starts',
          anchor: 'start',
          offsetDays: 0,
          title: 'Your mailbox starts copying',
          text: 'The copy runs in the background; keep working as usual.',
          factIds: ['hybridKeepsProfile'],
        },
        COPY_DONE,
        {
          id: 'switch',
          anchor: 'cutover',
          offsetDays: 0,
          title: 'Your mailbox moves',
          text: 'When Outlook says the administrator has made a change, close and reopen Outlook. Same profile, same password.',
          factIds: ['hybridKeepsProfile', ...t.credentials.factIds],
        },
        {
          id: 'check',
          anchor: 'cutover',
          offsetDays: 1,
          title: 'Check your mail',
          text: 'Open Outlook and your phone: everything should be there. If you used offline access in Outlook on the web, switch it on again.',
          factIds: ['hybridKeepsProfile'],
        },
      ];
    case 'cutover':
    case 'staged':
      return [
        {
          id: 'copy-starts',
          anchor: 'start',
          offsetDays: 0,
          title: 'Your mailbox starts copying',
          text: 'Keep working in Outlook as usual; the copy is refreshed every 24 hours.',
          factIds: ['incrementalSyncHours'],
        },
        COPY_DONE,
        newProfile,
        t.family === 'staged'
          ? {
              id: 'check',
              anchor: 'cutover',
              offsetDays: 1,
              title: 'Re-enter your Out of Office message',
              text: 'The Out of Office text is not copied: set it again if you use it.',
              factIds: ['stagedNewProfile'],
            }
          : {
              id: 'check',
              anchor: 'cutover',
              offsetDays: 1,
              title: 'Check your mail',
              text: 'For up to 72 hours after the switch some mail may still reach the old server; it keeps being copied until IT ends the migration.',
              factIds: ['mxPropagationHours'],
            },
      ];
    case 'imap':
      return [
        {
          id: 'export-calendar',
          anchor: 'cutover',
          offsetDays: -2,
          title: 'Export your calendar and contacts',
          text: 'IMAP copies email only: export calendar and contacts to a PST file (or confirm that IT does it).',
          factIds: ['imapMailOnly'],
        },
        {
          id: 'copy-starts',
          anchor: 'start',
          offsetDays: 0,
          title: 'Your email starts copying',
          text: 'Keep working as usual and do not change the old mailbox password.',
          factIds: ['incrementalSyncHours', 'imapLicenceFirst'],
        },
        COPY_DONE,
        newProfile,
        {
          id: 'import-calendar',
          anchor: 'cutover',
          offsetDays: 1,
          title: 'Import your calendar and contacts',
          text: 'Import the PST file in Outlook, or check that IT has imported it.',
          factIds: ['pstMovesAll', 'outlookPstMaxUsers'],
        },
      ];
    case 'google':
      return [
        {
          id: 'copy-starts',
          anchor: 'start',
          offsetDays: 0,
          title: 'Your Gmail starts copying',
          text: 'Keep working in Gmail: new mail still arrives there until your batch completes.',
          factIds: ['googleMovesAll'],
        },
        COPY_DONE,
        newProfile,
        {
          id: 'rules',
          anchor: 'cutover',
          offsetDays: 1,
          title: 'Switch your rules back on',
          text: 'Rules arrive disabled: review and enable them in Outlook; set your vacation reply and shared calendars again.',
          factIds: ['googleMovesAll'],
        },
      ];
    case 'pst-service':
      return [
        {
          id: 'import-starts',
          anchor: 'start',
          offsetDays: 0,
          title: 'Your old mail starts importing',
          text:
            method === 'pst-import-drive'
              ? 'The drives are on their way to Microsoft; upload starts 7-10 business days after they arrive.'
              : 'Old mail is imported at about 24 GB a day; nothing to do.',
          factIds:
            method === 'pst-import-drive' ? ['driveShippingTurnaroundDays'] : ['pstIngestGBPerDay'],
        },
        {
          id: 'import-done',
          anchor: 'cutover',
          offsetDays: 0,
          title: 'Your old mail is in the mailbox',
          text: 'Look for the imported folder in Outlook and tell IT if something is missing.',
          factIds: ['pstMovesAll'],
        },
      ];
    case 'outlook-pst':
      return [
        {
          id: 'import-yourself',
          anchor: 'cutover',
          offsetDays: 0,
          title: 'Import your PST file in Outlook',
          text: 'Follow IT’s guide to import your PST file in Outlook; keep Outlook open until the upload finishes.',
          factIds: ['outlookPstMaxUsers'],
        },
        {
          id: 'check',
          anchor: 'cutover',
          offsetDays: 1,
          title: 'Check your mail, calendar and contacts',
          text: 'Compare folder sizes with the PST file and tell IT if something is missing.',
          factIds: ['outlookPstMaxUsers'],
        },
      ];
  }
}
