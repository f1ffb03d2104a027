import { describe, expect, it } from 'vitest';
import type { ScriptBatch } from './powershell.ts';
import {
  AT,
  CHECK,
  CSV,
  GUARD,
  HEAD,
  NO_COMPLETION,
  PILOT,
  REMOVE_STEPS,
  script,
  SCRIPT_ROOT,
  START_STEPS,
} from '../../testing/powershell-test-lines.ts';

describe('powerShellScript golden scripts', () => {
  it('full hybrid: remote-move endpoint, TargetDeliveryDomain, StartAfter and CompleteAfter', () => {
    expect(
      script('full-hybrid', {
        settings: {
          remoteServer: 'mail.contoso.com',
          tenant: 'contoso',
          notificationEmails: ['it@contoso.com'],
          maxConcurrentMigrations: 20,
        },
      }),
    ).toEqual([
      ...HEAD('Full hybrid'),
      "$EndpointName = 'OnpremEndpoint'",
      "$RemoteServer = 'mail.contoso.com'",
      "$TargetDeliveryDomain = 'contoso.mail.onmicrosoft.com'",
      "$NotificationEmails = @('it@contoso.com')",
      ...SCRIPT_ROOT,
      '',
      'Connect-ExchangeOnline',
      '',
      '# ---- Checks before anything is created',
      "$Credentials = Get-Credential -Message 'On-premises admin account (domain\\user) for the migration endpoint'",
      ...CHECK(
        'Test-MigrationServerAvailability -ExchangeRemoteMove -RemoteServer $RemoteServer -Credentials $Credentials',
      ),
      '# ---- Migration endpoint',
      'New-MigrationEndpoint -ExchangeRemoteMove -Name $EndpointName -RemoteServer $RemoteServer -Credentials $Credentials -MaxConcurrentMigrations 20',
      '',
      '# ---- Migration batches',
      '# batch-01-pilot: 2 mailboxes; copy starts after 2026-03-02 17:00 UTC; completes after 2026-03-13 17:00 UTC',
      `New-MigrationBatch -Name 'batch-01-pilot' -SourceEndpoint $EndpointName -TargetDeliveryDomain $TargetDeliveryDomain ${CSV('batch-01-pilot.csv')} -StartAfter ${AT('2026-03-02T17:00:00Z')} -CompleteAfter ${AT('2026-03-13T17:00:00Z')} -NotificationEmails $NotificationEmails`,
      '# batch-02-sales: 1 mailbox; copy starts after 2026-03-16 17:00 UTC; completes after 2026-03-27 18:30 UTC',
      `New-MigrationBatch -Name 'batch-02-sales' -SourceEndpoint $EndpointName -TargetDeliveryDomain $TargetDeliveryDomain ${CSV('batch-02-sales.csv')} -StartAfter ${AT('2026-03-16T17:00:00Z')} -CompleteAfter ${AT('2026-03-27T18:30:00Z')} -NotificationEmails $NotificationEmails`,
      ...START_STEPS,
      '# Assign licences after each mailbox has moved, within 30 days.',
    ]);
  });

  it('cutover: Outlook Anywhere Autodiscover endpoint and one batch without a CSV', () => {
    const cutover: ScriptBatch = { ...PILOT, batchName: 'CutoverBatch', csvFile: null, rows: 40 };
    expect(
      script('cutover', {
        batches: [cutover],
        settings: { adminEmail: 'administrator@contoso.com' },
      }),
    ).toEqual([
      ...HEAD('Cutover migration'),
      "$EndpointName = 'CutoverEndpoint'",
      "$AdminEmail = 'administrator@contoso.com'",
      '',
      'Connect-ExchangeOnline',
      '',
      '# ---- Checks before anything is created',
      "$Credentials = Get-Credential -Message 'On-premises admin account that can open every mailbox'",
      ...CHECK(
        'Test-MigrationServerAvailability -ExchangeOutlookAnywhere -Autodiscover -EmailAddress $AdminEmail -Credentials $Credentials',
      ),
      '# ---- Migration endpoint',
      'New-MigrationEndpoint -ExchangeOutlookAnywhere -Name $EndpointName -Autodiscover -EmailAddress $AdminEmail -Credentials $Credentials',
      '',
      '# ---- Migration batches',
      `# CutoverBatch: the whole organisation; copy starts after 2026-03-02 17:00 UTC; switch-over planned after 2026-03-13 17:00 UTC ${NO_COMPLETION}`,
      `New-MigrationBatch -Name 'CutoverBatch' -SourceEndpoint $EndpointName -StartAfter ${AT('2026-03-02T17:00:00Z')}`,
      '',
      '# ---- Next steps (run by hand when the time comes)',
      '# The batches are created but not started. Start each when ready; it then waits for its StartAfter time:',
      "#   Start-MigrationBatch -Identity 'CutoverBatch'",
      '# Watch progress: Get-MigrationBatch | Format-List Identity,Status,DataConsistencyScore',
      '# After the MX switch, wait at least 72 hours and one sync after the switch, then remove each batch:',
      "#   Remove-MigrationBatch -Identity 'CutoverBatch'",
    ]);
  });

  it('staged: placeholders stop the script until filled in; CSV batches with StartAfter only', () => {
    expect(script('staged', { settings: { autoStart: true } })).toEqual([
      ...HEAD('Staged migration'),
      "$EndpointName = 'StagedEndpoint'",
      "$AdminEmail = '<fill in: admin email address>'",
      ...SCRIPT_ROOT,
      ...GUARD('$AdminEmail'),
      'Connect-ExchangeOnline',
      '',
      '# ---- Checks before anything is created',
      "$Credentials = Get-Credential -Message 'On-premises admin account that can open every mailbox'",
      ...CHECK(
        'Test-MigrationServerAvailability -ExchangeOutlookAnywhere -Autodiscover -EmailAddress $AdminEmail -Credentials $Credentials',
      ),
      '# ---- Migration endpoint',
      'New-MigrationEndpoint -ExchangeOutlookAnywhere -Name $EndpointName -Autodiscover -EmailAddress $AdminEmail -Credentials $Credentials',
      '',
      '# ---- Migration batches',
      `# batch-01-pilot: 2 mailboxes; copy starts after 2026-03-02 17:00 UTC; switch-over planned after 2026-03-13 17:00 UTC ${NO_COMPLETION}`,
      `New-MigrationBatch -Name 'batch-01-pilot' -SourceEndpoint $EndpointName ${CSV('batch-01-pilot.csv')} -StartAfter ${AT('2026-03-02T17:00:00Z')} -AutoStart`,
      `# batch-02-sales: 1 mailbox; copy starts after 2026-03-16 17:00 UTC; switch-over planned after 2026-03-27 18:30 UTC ${NO_COMPLETION}`,
      `New-MigrationBatch -Name 'batch-02-sales' -SourceEndpoint $EndpointName ${CSV('batch-02-sales.csv')} -StartAfter ${AT('2026-03-16T17:00:00Z')} -AutoStart`,
      '',
      '# ---- Next steps (run by hand when the time comes)',
      '# Watch progress: Get-MigrationBatch | Format-List Identity,Status,DataConsistencyScore',
      ...REMOVE_STEPS,
      '# After each batch, convert the migrated on-premises mailboxes to mail-enabled users.',
    ]);
  });

  it('IMAP: IMAP endpoint with port and security, no credentials, own CSV folder', () => {
    expect(
      script('imap', {
        batches: [PILOT],
        settings: {
          remoteServer: 'imap.contoso.com',
          imapPort: 143,
          imapSecurity: 'Tls',
          csvFolder: 'C:\\Migration',
        },
      }),
    ).toEqual([
      ...HEAD('IMAP migration', false),
      "$EndpointName = 'IMAPEndpoint'",
      "$RemoteServer = 'imap.contoso.com'",
      '$Port = 143',
      "$Security = 'Tls'",
      "$CsvFolder = 'C:\\Migration'",
      '',
      'Connect-ExchangeOnline',
      '',
      '# ---- Checks before anything is created',
      ...CHECK(
        'Test-MigrationServerAvailability -IMAP -RemoteServer $RemoteServer -Port $Port -Security $Security',
      ),
      '# ---- Migration endpoint',
      'New-MigrationEndpoint -IMAP -Name $EndpointName -RemoteServer $RemoteServer -Port $Port -Security $Security',
      '',
      '# ---- Migration batches',
      `# batch-01-pilot: 2 mailboxes; copy starts after 2026-03-02 17:00 UTC; switch-over planned after 2026-03-13 17:00 UTC ${NO_COMPLETION}`,
      `New-MigrationBatch -Name 'batch-01-pilot' -SourceEndpoint $EndpointName ${CSV('batch-01-pilot.csv')} -StartAfter ${AT('2026-03-02T17:00:00Z')}`,
      '',
      '# ---- Next steps (run by hand when the time comes)',
      '# The batches are created but not started. Start each when ready; it then waits for its StartAfter time:',
      "#   Start-MigrationBatch -Identity 'batch-01-pilot'",
      '# Watch progress: Get-MigrationBatch | Format-List Identity,Status,DataConsistencyScore',
      '# After the MX switch, wait at least 72 hours and one sync after the switch, then remove each batch:',
      "#   Remove-MigrationBatch -Identity 'batch-01-pilot'",
    ]);
  });

  it('Google Workspace: Gmail endpoint from the key file, routing domain, completion', () => {
    expect(
      script('google-workspace', {
        batches: [PILOT],
        settings: {
          adminEmail: 'admin@fabrikam.com',
          googleKeyFile: 'C:\\keys\\gmail.json',
          googleTargetDeliveryDomain: 'o365.fabrikam.com',
        },
      }),
    ).toEqual([
      ...HEAD('Google Workspace migration', false),
      "$EndpointName = 'GmailEndpoint'",
      "$AdminEmail = 'admin@fabrikam.com'",
      "$KeyFile = 'C:\\keys\\gmail.json'",
      "$TargetDeliveryDomain = 'o365.fabrikam.com'",
      ...SCRIPT_ROOT,
      '',
      'Connect-ExchangeOnline',
      '',
      '# ---- Checks before anything is created',
      ...CHECK(
        'Test-MigrationServerAvailability -Gmail -ServiceAccountKeyFileData ([System.IO.File]::ReadAllBytes($KeyFile)) -EmailAddress $AdminEmail',
      ),
      '# ---- Migration endpoint',
      'New-MigrationEndpoint -Gmail -Name $EndpointName -ServiceAccountKeyFileData ([System.IO.File]::ReadAllBytes($KeyFile)) -EmailAddress $AdminEmail',
      '',
      '# ---- Migration batches',
      '# batch-01-pilot: 2 mailboxes; copy starts after 2026-03-02 17:00 UTC; completes after 2026-03-13 17:00 UTC',
      `New-MigrationBatch -Name 'batch-01-pilot' -SourceEndpoint $EndpointName -TargetDeliveryDomain $TargetDeliveryDomain ${CSV('batch-01-pilot.csv')} -StartAfter ${AT('2026-03-02T17:00:00Z')} -CompleteAfter ${AT('2026-03-13T17:00:00Z')}`,
      '',
      '# ---- Next steps (run by hand when the time comes)',
      '# The batches are created but not started. Start each when ready; it then waits for its StartAfter time:',
      "#   Start-MigrationBatch -Identity 'batch-01-pilot'",
      '# Watch progress: Get-MigrationBatch | Format-List Identity,Status,DataConsistencyScore',
      '# Assign each user an Exchange Online licence after the batch starts, within 30 days.',
    ]);
  });
});
