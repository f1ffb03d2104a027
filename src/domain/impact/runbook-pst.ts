import type { MigrationMethod } from '../methods/method-list.ts';
import { common } from './runbook-common.ts';
import { gate, item, type RunbookItem, type RunbookPhase } from './runbook-item.ts';

/** Microsoft 365 Import service, by network upload or shipped drives. */
export function pstServiceRunbook(method: MigrationMethod): RunbookPhase[] {
  const drive = method === 'pst-import-drive';
  const mailboxes = item(
    'mailboxes-exist',
    'Make sure every target mailbox exists and is licensed; the mapping file names them.',
    ['pstMaxRowsPerMapping', 'licenceGraceDays'],
  );
  const roles = item(
    'pst-roles',
    'Give the admin the Mailbox Import Export and Mail Recipients roles (Mailbox Import Export is in no role group by default).',
    ['pstMaxRowsPerMapping'],
  );
  const files = item(
    'pst-files',
    'Collect the PST files: 20 GB or less each, unique file names; items over 150 MB will be skipped.',
    ['pstRecommendedMaxFileGB', 'pstMaxItemMB'],
  );
  const mapping = item(
    'pst-mapping',
    'Write the mapping CSV: at most 500 rows per import job; file paths and names are case-sensitive.',
    ['pstMaxRowsPerMapping'],
  );
  const eligible = item(
    'drive-eligibility',
    'Confirm drive shipping is possible: Enterprise Agreement, supported region (not Germany or Switzerland), USD 2 per GB budgeted.',
    ['driveShippingNeedsEA', 'driveShippingExcludedCountries', 'driveShippingPriceUSDPerGB'],
  );
  const before: RunbookItem[] = [mailboxes, roles, files, mapping, ...(drive ? [eligible] : [])];
  before.push(gate('gate-start-import', 'Go/no-go: start the upload.', before.slice()));

  const transfer = drive
    ? [
        item(
          'drive-prepare',
          'Copy the PST files to BitLocker-encrypted drives with WAImportExport.exe.',
          ['driveShippingNeedsEA'],
        ),
        item(
          'drive-ship',
          'Ship the drives; Microsoft uploads them 7-10 business days after they arrive.',
          ['driveShippingTurnaroundDays'],
        ),
      ]
    : [
        item('pst-upload', 'Upload the PST files with AzCopy to the SAS URL of the Import page.', [
          'pstRecommendedMaxFileGB',
        ]),
      ];
  const job = item(
    'pst-create-job',
    'Create the import job with the mapping file within 30 days of the upload, then start it after the analysis.',
    ['pstMaxRowsPerMapping'],
  );
  const watch = item(
    'pst-monitor',
    'Watch the import: about 24 GB a day per mailbox, files into one mailbox one after the other.',
    ['pstIngestGBPerDay'],
  );
  const during = [...transfer, job, watch];

  const counts = item(
    'pst-verify',
    'Compare item counts with the PST files; repair damaged PSTs (Scanpst) and import them again.',
    ['pstMovesAll'],
  );
  const hold = item(
    'pst-retention-hold',
    'Review the retention hold the import sets on each mailbox: turn it off or give it an end date.',
    ['pstMovesAll'],
  );
  const after = [
    counts,
    gate('gate-import-accepted', 'Go/no-go: accept the import and tell users.', [counts]),
    hold,
    common.welcome,
  ];
  return [
    { phase: 'before', title: 'Before the import', items: before },
    { phase: 'during', title: 'During the import', items: during },
    { phase: 'after', title: 'After the import', items: after },
  ];
}

/** Each person imports their own PST in Outlook. */
export function outlookPstRunbook(): RunbookPhase[] {
  const size = item(
    'outlook-pst-size',
    'Confirm this is a handful of people (about 10 or fewer); otherwise use the Import service.',
    ['outlookPstMaxUsers'],
  );
  const mailboxes = item(
    'mailboxes-exist',
    'Make sure every person has a licensed Exchange Online mailbox in Outlook.',
    ['licenceGraceDays'],
  );
  const collect = item(
    'pst-collect',
    'Collect each person’s PST files and check that they open in Outlook.',
    ['outlookPstMaxUsers'],
  );
  const guide = item(
    'pst-guide',
    'Send each person the guide "Import email, contacts, and calendar from an Outlook .pst file".',
    ['outlookPstMaxUsers'],
  );
  const before = [size, mailboxes, collect, guide];
  before.push(
    gate('gate-start-import', 'Go/no-go: people start importing.', [size, mailboxes, collect]),
  );
  const during = [
    item(
      'pst-user-import',
      'Each person imports their PST on their day, keeping Outlook open until the upload finishes; the helpdesk stands by.',
      ['outlookPstMaxUsers'],
    ),
  ];
  const verify = item(
    'pst-verify',
    'Check with each person that mail, calendar and contacts are complete.',
    ['pstMovesAll'],
  );
  const perms = item(
    'permissions-reset',
    'Set delegate and shared-calendar permissions again: a PST does not carry them.',
    ['pstMovesAll'],
  );
  return [
    { phase: 'before', title: 'Before the import', items: before },
    { phase: 'during', title: 'Import day', items: during },
    { phase: 'after', title: 'After the import', items: [verify, perms] },
  ];
}
