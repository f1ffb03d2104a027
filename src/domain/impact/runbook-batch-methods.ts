import { common } from './runbook-common.ts';
import { gate, item, type RunbookItem, type RunbookPhase } from './runbook-item.ts';

const c = common;

function phases(
  before: RunbookItem[],
  during: RunbookItem[],
  after: RunbookItem[],
): RunbookPhase[] {
  return [
    { phase: 'before', title: 'Before the migration', items: before },
    { phase: 'during', title: 'During the migration', items: during },
    { phase: 'after', title: 'After the switch-over', items: after },
  ];
}

/** MX switch, 72-hour wait, then batch deletion behind a go/no-go gate. */
function switchAndClean(extra: RunbookItem[] = []): RunbookItem[] {
  return [
    c.mxSwitch,
    c.verifyMailFlow,
    c.wait72h,
    gate('gate-delete-batches', 'Go/no-go: delete the migration batches.', [
      c.verifyMailFlow,
      c.wait72h,
    ]),
    c.deleteBatches,
    ...extra,
  ];
}

export function cutoverRunbook(): RunbookPhase[] {
  const size = item(
    'cutover-size',
    'Confirm the organisation has at most 2,000 mailboxes (150 or fewer recommended).',
    ['cutoverMaxMailboxes', 'cutoverRecommendedMax'],
  );
  const dirSync = item(
    'dirsync-off',
    'Turn directory synchronization off: a cutover batch can’t be created while it is on.',
    ['cutoverDirSyncOff'],
  );
  const unhide = item(
    'unhide-mailboxes',
    'Unhide mailboxes hidden from the address list: hidden ones are not migrated.',
    ['cutoverOneBatch'],
  );
  const endpoint = item(
    'endpoint-outlook-anywhere',
    'Check Outlook Anywhere on the source (public certificate, Basic authentication), then create the Outlook Anywhere endpoint with Autodiscover and test it (Test-MigrationServerAvailability).',
    ['cutoverSources'],
  );
  const perms = item(
    'admin-permissions',
    'Give the migration account Domain Admins, FullAccess on every mailbox, or Receive As on the mailbox databases.',
    ['cutoverSources'],
  );
  const letters = item(
    'credentials-letters',
    'Prepare the letters with each user’s new Microsoft 365 sign-in and temporary password.',
    ['cutoverNewIdentity'],
  );
  const before = [
    c.domainsVerify,
    size,
    dirSync,
    unhide,
    endpoint,
    perms,
    c.concurrency,
    c.lowerMxTtl,
    letters,
  ];
  before.push(
    gate('gate-start-batch', 'Go/no-go: start the cutover batch.', [
      size,
      dirSync,
      endpoint,
      perms,
    ]),
  );
  const start = item(
    'start-batch',
    'Start the single cutover batch and let it finish the initial copy.',
    ['cutoverOneBatch'],
  );
  const synced = item('batch-synced', 'Check the batch shows Synced for every mailbox.', [
    'incrementalSyncHours',
  ]);
  const during = [
    start,
    c.monitor,
    synced,
    gate('gate-switch-mx', 'Go/no-go: switch MX to Microsoft 365.', [synced, c.lowerMxTtl]),
  ];
  const licences = item(
    'licences-assign',
    'Assign Exchange Online licences to every migrated user within 30 days, or the mailboxes are disabled.',
    ['licenceGraceDays'],
  );
  const after = switchAndClean([
    licences,
    c.autodiscover,
    c.welcome,
    item(
      'decommission-source',
      'Decommission the old Exchange servers once nothing depends on them (Microsoft suggests contacting support first).',
      ['cutoverSources'],
    ),
  ]);
  return phases(before, during, after);
}

export function stagedRunbook(): RunbookPhase[] {
  const source = item('staged-source', 'Confirm the source is Exchange 2003 or 2007.', [
    'stagedSources',
  ]);
  const dirSync = item(
    'dirsync-on',
    'Install Microsoft Entra Connect and synchronise users before the first batch; keep it running.',
    ['stagedNeedsDirSync'],
  );
  const endpoint = item(
    'endpoint-outlook-anywhere',
    'Check Outlook Anywhere on the source (public certificate, Basic authentication), then create the Outlook Anywhere endpoint with Autodiscover and test it.',
    ['cutoverSources'],
  );
  const perms = item(
    'admin-permissions',
    'Give the migration account Domain Admins, or FullAccess on every mailbox (or Receive As on the databases) plus WriteProperty on targetAddress.',
    ['stagedSources'],
  );
  const csv = item(
    'staged-csv',
    'Prepare one CSV per batch (EmailAddress,Password,ForceChangePassword), at most 2,000 rows each.',
    ['stagedMaxRowsPerBatch'],
  );
  const before = [
    c.domainsVerify,
    source,
    dirSync,
    endpoint,
    perms,
    csv,
    c.concurrency,
    c.lowerMxTtl,
    c.pilot,
  ];
  before.push(
    gate('gate-start-moves', 'Go/no-go: start the production batches.', [
      source,
      dirSync,
      endpoint,
      perms,
      csv,
      c.pilot,
    ]),
  );
  const meu = item(
    'convert-to-meu',
    'After each batch, convert its on-premises mailboxes to mail-enabled users (ExportO365UserInfo.ps1, then Exchange2007MBtoMEU.ps1 or the Exchange 2003 script) so Outlook finds the cloud mailbox.',
    ['stagedNewProfile'],
  );
  const licences = item(
    'licences-assign',
    'Assign licences to each batch’s users within 30 days.',
    ['licenceGraceDays'],
  );
  const during = [c.monitor, meu, licences, c.welcome];
  const keep = item(
    'keep-exchange-server',
    'Keep at least one Exchange server to manage mail attributes while directory sync runs.',
    ['stagedNeedsDirSync'],
  );
  const after = [
    gate('gate-switch-mx', 'Go/no-go: switch MX after the last batch.', [meu, licences]),
    ...switchAndClean([c.autodiscover, keep]),
  ];
  return phases(before, during, after);
}

export function imapRunbook(): RunbookPhase[] {
  const source = item(
    'imap-source',
    'Confirm the source offers IMAP over TLS 1.2 (Exchange 2010 does not).',
    ['imapNotFromExchange2010'],
  );
  const mailboxes = item(
    'licences-before',
    'Create and license the Exchange Online mailboxes before the migration starts.',
    ['imapLicenceFirst'],
  );
  const endpoint = item(
    'endpoint-imap',
    'Create the IMAP migration endpoint (port 993, SSL) and test it.',
    ['imapMailOnly'],
  );
  const csv = item(
    'imap-csv',
    'Prepare CSV files (EmailAddress,UserName,Password), at most 50,000 rows and 10 MB each; prefer an admin account so users’ password changes don’t break the sync.',
    ['imapMaxRowsPerBatch'],
  );
  const calendar = item(
    'imap-calendar-plan',
    'Plan how calendars and contacts come across: IMAP moves email only, so export them to PST and import them.',
    ['imapMailOnly', 'pstMovesAll'],
  );
  const before = [
    c.domainsVerify,
    source,
    mailboxes,
    endpoint,
    csv,
    calendar,
    c.concurrency,
    c.lowerMxTtl,
    c.pilot,
  ];
  before.push(
    gate('gate-start-moves', 'Go/no-go: start the production batches.', [
      source,
      mailboxes,
      endpoint,
      csv,
      c.pilot,
    ]),
  );
  const synced = item('batch-synced', 'Check every batch shows Synced.', ['incrementalSyncHours']);
  const during = [
    c.monitor,
    synced,
    gate('gate-switch-mx', 'Go/no-go: switch MX to Microsoft 365.', [synced, calendar]),
  ];
  const pst = item(
    'import-calendar-contacts',
    'Import each user’s calendar and contacts PST (users in Outlook, or the Import service).',
    ['pstMovesAll', 'outlookPstMaxUsers'],
  );
  return phases(before, during, switchAndClean([pst, c.welcome]));
}

export function googleRunbook(): RunbookPhase[] {
  const project = item(
    'google-service-account',
    'In Google Cloud create the project and service account (Project Creator and Service Account Creator roles), then create and test the Gmail migration endpoint with its key file.',
    ['googleMovesAll'],
  );
  const mailUsers = item(
    'mail-users-provisioned',
    'Create a mail user in Microsoft 365 for every Google user (by hand or with Microsoft Entra Connect).',
    ['googleLicenceAfterStart'],
  );
  const routing = item(
    'google-routing-domains',
    'Verify the routing sub-domains used to forward mail between Google and Microsoft 365, and allow SMTP forwarding in Google.',
    ['googleMovesAll'],
  );
  const before = [
    c.domainsVerify,
    project,
    mailUsers,
    routing,
    c.concurrency,
    c.lowerMxTtl,
    c.pilot,
  ];
  before.push(
    gate('gate-start-moves', 'Go/no-go: start the production batches.', [
      project,
      mailUsers,
      routing,
      c.pilot,
    ]),
  );
  const licences = item(
    'licences-after-start',
    'After each batch starts (mail users become mailboxes), assign licences within 30 days.',
    ['googleLicenceAfterStart', 'licenceGraceDays'],
  );
  const complete = item('complete-batches', 'Complete each batch on its switch-over date.', [
    'googleMovesAll',
  ]);
  const during = [c.monitor, licences, complete, c.welcome];
  const cleanup = item(
    'google-cleanup',
    'Remove the routing sub-domains and aliases, then decommission the Google tenant.',
    ['googleMovesAll'],
  );
  const rules = item(
    'rules-re-enable',
    'Remind users that rules arrived disabled and must be reviewed and switched on.',
    ['googleMovesAll'],
  );
  const after = [
    gate('gate-switch-mx', 'Go/no-go: switch MX after the last batch.', [complete, licences]),
    c.mxSwitch,
    c.verifyMailFlow,
    cleanup,
    rules,
  ];
  return phases(before, during, after);
}
