import type { FactId } from '../facts.ts';
import type { MigrationMethod } from '../methods/method-list.ts';
import { contentNotes } from './content-notes.ts';
import { mailAccessWindow } from './mail-access-window.ts';
import { methodTraits } from '../methods/method-traits.ts';
import { userSetupNotes } from './user-setup-notes.ts';

export type FaqEntry = { id: string; question: string; answer: string; factIds: readonly FactId[] };

function qa(id: string, question: string, answer: string, factIds: readonly FactId[]): FaqEntry {
  return { id, question, answer, factIds };
}

function familyEntries(method: MigrationMethod): FaqEntry[] {
  switch (methodTraits[method].family) {
    case 'hybrid':
      return [
        qa(
          'restart-outlook',
          'Outlook says "The Exchange administrator has made a change that requires you quit and restart Outlook". What now?',
          'Your mailbox has just finished moving. Close Outlook and open it again; nothing else is needed.',
          ['hybridKeepsProfile'],
        ),
        qa(
          'delegate-access',
          'My delegate can’t open my mailbox, or the delegate list shows None.',
          'Restart Outlook. Across on-premises and Exchange Online, shared mailboxes only open automatically when both people are in the same place; once both have moved it works as before.',
          ['delegatesSameBatch'],
        ),
        qa(
          'large-items',
          'My move has stopped. Why?',
          'Items over 150 MB can’t move to Exchange Online. IT will ask you to save them elsewhere and delete them from the mailbox.',
          ['exoMaxMessageMB'],
        ),
      ];
    case 'cutover':
      return [
        qa(
          'temporary-password',
          'Where do I get my new password?',
          'IT sends each person a Microsoft 365 sign-in and temporary password; you choose your own password at first sign-in.',
          ['cutoverNewIdentity'],
        ),
        qa(
          'mail-old-server',
          'Some mail still arrives in my old mailbox.',
          'For up to 72 hours after the switch, some senders still deliver to the old server; IT keeps copying that mail to Microsoft 365 until the migration is closed.',
          ['mxPropagationHours', 'incrementalSyncHours'],
        ),
      ];
    case 'staged':
      return [
        qa(
          'out-of-office',
          'My Out of Office reply is blank.',
          'A staged migration does not copy the Out of Office text. Type it again in Outlook.',
          ['stagedNewProfile'],
        ),
      ];
    case 'imap':
      return [
        qa(
          'missing-large',
          'Some large messages are missing.',
          'IMAP migration skips messages over 35 MB and copies at most 500,000 items per mailbox, newest first. Save large attachments from the old mailbox.',
          ['imapMaxMessageMB', 'imapMaxItems'],
        ),
        qa(
          'old-password',
          'Can I change the password of my old mailbox?',
          'Not until IT has finished the migration: the copy may sign in with it.',
          ['imapLicenceFirst'],
        ),
      ];
    case 'google':
      return [
        qa(
          'rules-off',
          'My rules don’t work.',
          'Rules are migrated switched off. Review them in Outlook and turn them on.',
          ['googleMovesAll'],
        ),
        qa(
          'shared-calendars',
          'My shared calendars, room bookings and vacation reply are gone.',
          'These are not migrated from Google: share your calendars again, rebook rooms and set the automatic reply in Outlook.',
          ['googleMovesAll'],
        ),
      ];
    case 'pst-service': {
      const entries = [
        qa(
          'where-old-mail',
          'Where is my old mail?',
          'In the folder IT chose for the import (shown in Outlook’s folder list). Items over 150 MB are skipped.',
          ['pstMovesAll', 'pstMaxItemMB'],
        ),
        qa(
          'slow-import',
          'Why is my old mail arriving slowly?',
          'The Import service adds about 24 GB a day per mailbox, and several files for one mailbox are imported one after the other.',
          ['pstIngestGBPerDay'],
        ),
      ];
      if (method === 'pst-import-drive') {
        entries.push(
          qa(
            'why-shipping',
            'Why does it take weeks?',
            'The files travel on shipped drives; Microsoft uploads them 7-10 business days after the drives arrive, then the import starts.',
            ['driveShippingTurnaroundDays'],
          ),
        );
      }
      return entries;
    }
    case 'outlook-pst':
      return [
        qa(
          'how-import',
          'How do I import my PST file?',
          'Follow Microsoft’s guide "Import email, contacts, and calendar from an Outlook .pst file" and keep Outlook open until the upload finishes.',
          ['outlookPstMaxUsers'],
        ),
      ];
  }
}

/** Helpdesk questions and answers for the chosen method, built from the same facts as the notes. */
export function faq(method: MigrationMethod): FaqEntry[] {
  const [profile, credentials, phone] = userSetupNotes(method);
  const window = mailAccessWindow(method);
  const fromNote = (id: string, question: string, note: typeof profile): FaqEntry[] =>
    note ? [qa(id, question, note.text, note.factIds)] : [];
  const t = methodTraits[method];
  const contentAnswer =
    t.content.kind === 'mail-only'
      ? (contentNotes(method)[0]?.text ?? '')
      : t.content.kind === 'pst-contents'
        ? 'Everything the PST file holds comes across: mail, calendar, contacts and tasks.'
        : 'Yes: mail, calendar and contacts move with the mailbox.';
  return [
    qa(
      'when',
      'When does my mailbox move?',
      'The notices from IT give your batch and date; the helpdesk can look up each person’s dates in the plan.',
      [],
    ),
    qa('work-during', 'Can I keep working during the move?', window.text, window.factIds),
    ...fromNote('outlook-profile', 'Do I need to set up Outlook again?', profile),
    ...fromNote('password', 'Does my password change?', credentials),
    ...fromNote('phone', 'What do I do on my phone?', phone),
    qa(
      'calendar-contacts',
      'Do my calendar and contacts come across?',
      contentAnswer,
      t.content.factIds,
    ),
    ...familyEntries(method),
  ];
}
