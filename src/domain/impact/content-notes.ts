import type { MigrationMethod } from '../methods/method-list.ts';
import type { ImpactNote } from './impact-note.ts';
import { methodTraits } from '../methods/method-traits.ts';

const ALL = 'all-users' as const;

/** What does not arrive, or arrives differently, and how people bring it across. */
export function contentNotes(method: MigrationMethod): ImpactNote[] {
  switch (methodTraits[method].family) {
    case 'hybrid':
      return [
        {
          id: 'large-items',
          audience: ALL,
          title: 'Items over 150 MB do not move',
          text: 'Exchange Online accepts items up to 150 MB; a mailbox holding larger items stops moving until they are saved elsewhere and removed.',
          severity: 'info',
          factIds: ['exoMaxMessageMB'],
        },
      ];
    case 'cutover':
      return [];
    case 'staged':
      return [
        {
          id: 'out-of-office-not-migrated',
          audience: ALL,
          title: 'Out of Office text is not copied',
          text: 'A staged migration does not copy the Out of Office message: the reply stays switched on but blank. People re-enter it after the move.',
          severity: 'warning',
          factIds: ['stagedNewProfile'],
        },
      ];
    case 'imap':
      return [
        {
          id: 'calendar-contacts-not-moved',
          audience: ALL,
          title: 'Calendar and contacts are not moved',
          text:
            'IMAP copies email only: calendar items, contacts and tasks stay behind. ' +
            'Before the switch-over, export calendar and contacts to a PST file from the old mail program (or IT exports them); ' +
            'afterwards import the PST in Outlook ("Import email, contacts, and calendar from an Outlook .pst file"), ' +
            'or IT imports it with the Microsoft 365 Import service, which brings mail, calendar, contacts and tasks.',
          severity: 'critical',
          factIds: ['imapMailOnly', 'pstMovesAll', 'outlookPstMaxUsers'],
        },
        {
          id: 'imap-large-messages',
          audience: ALL,
          title: 'Very large messages and very full mailboxes',
          text: 'Messages over 35 MB are not copied, and at most 500,000 items per mailbox are copied, newest first. Save large attachments elsewhere before the move.',
          severity: 'warning',
          factIds: ['imapMaxMessageMB', 'imapMaxItems'],
        },
      ];
    case 'google':
      return [
        {
          id: 'google-rules-disabled',
          audience: ALL,
          title: 'Rules arrive switched off; some settings are redone by hand',
          text:
            'Mail, calendar, contacts and filters move, but rules arrive disabled: check and switch them on in Outlook. ' +
            'The vacation reply, shared calendars and room bookings are not migrated and are set up again.',
          severity: 'warning',
          factIds: ['googleMovesAll'],
        },
      ];
    case 'pst-service': {
      const notes: ImpactNote[] = [
        {
          id: 'pst-imported-folder',
          audience: ALL,
          title: 'Old mail appears in an imported folder',
          text: 'The Import service brings everything the PST file holds (mail, calendar, contacts, tasks) into the folder IT chose. Items over 150 MB are skipped.',
          severity: 'info',
          factIds: ['pstMovesAll', 'pstMaxItemMB'],
        },
      ];
      if (method === 'pst-import-drive') {
        notes.push({
          id: 'pst-drive-shipping',
          audience: ALL,
          title: 'Data travels on shipped drives',
          text: 'IT copies the PST files to encrypted drives and ships them to Microsoft, which uploads them 7-10 business days after arrival. Old mail is not available in the new mailbox before then.',
          severity: 'warning',
          factIds: ['driveShippingTurnaroundDays', 'driveShippingNeedsEA'],
        });
      }
      return notes;
    }
    case 'outlook-pst':
      return [
        {
          id: 'outlook-pst-per-user',
          audience: ALL,
          title: 'Each person imports their own PST file',
          text:
            'There is no central migration: per user, the PST file is imported in Outlook ("Import email, contacts, and calendar from an Outlook .pst file"). ' +
            'It brings mail, calendar and contacts; this suits a handful of people.',
          severity: 'warning',
          factIds: ['outlookPstMaxUsers'],
        },
      ];
  }
}
