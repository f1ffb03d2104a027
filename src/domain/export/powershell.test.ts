import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { METHODS, type MigrationMethod } from '../methods/method-list.ts';
import { powerShellScript, type ScriptBatch, type ScriptInput } from './powershell.ts';

const PILOT: ScriptBatch = {
  batchName: 'batch-01-pilot',
  csvFile: 'batch-01-pilot.csv',
  rows: 2,
  startAfterUtc: '2026-03-02T17:00:00Z',
  completeAfterUtc: '2026-03-13T17:00:00Z',
};
const SECOND: ScriptBatch = {
  batchName: 'batch-02-sales',
  csvFile: 'batch-02-sales.csv',
  rows: 1,
  startAfterUtc: '2026-03-16T17:00:00Z',
  completeAfterUtc: '2026-03-27T18:30:00Z',
};

function script(method: MigrationMethod, extra: Partial<ScriptInput> = {}): string[] {
  const text = powerShellScript({
    planName: 'Contoso',
    method,
    generatedAt: '2026-02-01 10:00 UTC',
    batches: [PILOT, SECOND],
    ...extra,
  });
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  return text.slice(1).split('\r\n').slice(0, -1);
}

const HEAD = (method: string, credential = true) => [
  '# Exchange Migration Planner: migration script',
  '# Plan: Contoso',
  `# Method: ${method}`,
  '# Generated: 2026-02-01 10:00 UTC',
  '#',
  '# Read every line before running it. Run it as a file (.\\migration.ps1) from the unzipped',
  '# folder, in PowerShell with the ExchangeOnlineManagement module.',
  credential
    ? '# No password is stored here: Get-Credential asks for it when the script runs.'
    : '# No password is stored here.',
  '# All dates are UTC.',
  '',
  "$ErrorActionPreference = 'Stop'",
  '',
  '# ---- Settings: check these before running',
];
const GUARD = (vars: string) => [
  `foreach ($Setting in @(${vars})) {`,
  '    if ($Setting -like \'<fill in*\') { throw "Fill in the settings at the top of this script first: $Setting" }',
  '}',
  '',
];
/** Join-Path fails on an empty $PSScriptRoot, so the check that explains it comes first. */
const SCRIPT_ROOT = [
  "if (-not $PSScriptRoot) { throw 'Run this file as a script (.\\migration.ps1), or replace the next line with $CsvFolder = ''<folder of the batch CSV files>''.' }",
  "$CsvFolder = Join-Path $PSScriptRoot 'batch-csv'",
];
const CHECK = (command: string) => [
  `$Check = ${command}`,
  '$Check | Format-List',
  "if ($Check.Result -ne 'Success') { throw 'The source check failed: fix it before creating the endpoint and batches.' }",
  '',
];
const CSV = (file: string) =>
  `-CSVData ([System.IO.File]::ReadAllBytes((Join-Path $CsvFolder '${file}')))`;
const AT = (iso: string) => `(([datetime]'${iso}').ToUniversalTime())`;
const NO_COMPLETION =
  '(this method has no completion step: the batch syncs every 24 hours until you remove it)';
const START_STEPS = [
  '',
  '# ---- Next steps (run by hand when the time comes)',
  '# The batches are created but not started. Start each when ready; it then waits for its StartAfter time:',
  "#   Start-MigrationBatch -Identity 'batch-01-pilot'",
  "#   Start-MigrationBatch -Identity 'batch-02-sales'",
  '# Watch progress: Get-MigrationBatch | Format-List Identity,Status,DataConsistencyScore',
];
const REMOVE_STEPS = [
  '# After the MX switch, wait at least 72 hours and one sync after the switch, then remove each batch:',
  "#   Remove-MigrationBatch -Identity 'batch-01-pilot'",
  "#   Remove-MigrationBatch -Identity 'batch-02-sales'",
];

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

  it('PST network upload: explains the Import service UI and prints the AzCopy template', () => {
    expect(
      script('pst-import-network', {
        batches: [],
        pstMappingFiles: [
          { path: 'pst-mapping/pst-mapping-part-1.csv', rows: 500 },
          { path: 'pst-mapping/pst-mapping-part-2.csv', rows: 1 },
        ],
      }),
    ).toEqual([
      '# Exchange Migration Planner: migration script',
      '# Plan: Contoso',
      '# Method: Microsoft 365 Import service: network upload',
      '# Generated: 2026-02-01 10:00 UTC',
      '#',
      '# Run it to print the steps; it changes nothing.',
      '',
      "$ErrorActionPreference = 'Stop'",
      '',
      '# Creating PST import jobs in PowerShell is not supported by Microsoft: use the Import',
      '# service UI in Microsoft 365. This script only prints the steps.',
      "Write-Host 'Microsoft 365 Import service: create the import jobs in the Import service UI (PowerShell is not supported).'",
      "Write-Host 'Roles needed: Mailbox Import Export and Mail Recipients (or Global admin).'",
      "Write-Host 'Upload the PST files first with AzCopy; copy the SAS URL from the import job page:'",
      `Write-Host '  azcopy.exe copy "<folder holding the PST files>" "<SAS URL>"'`,
      `Write-Host 'If a mapping row has a FilePath, upload into that subfolder: add it to the SAS URL before the "?".'`,
      "Write-Host 'Create one import job per mapping file:'",
      "Write-Host '  pst-mapping/pst-mapping-part-1.csv (500 rows)'",
      "Write-Host '  pst-mapping/pst-mapping-part-2.csv (1 row)'",
      "Write-Host 'After the import, review the retention hold the service turns on for each mailbox.'",
    ]);
  });

  it('PST drive shipping and Outlook PST: no AzCopy, no Exchange cmdlets', () => {
    const drive = script('pst-import-drive', { pstMappingFiles: [] }).join('\n');
    expect(drive).toMatch(/WAImportExport/);
    expect(drive).toMatch(/no mapping file/);
    expect(drive).not.toMatch(/azcopy|New-MigrationBatch|Connect-ExchangeOnline/);
    const outlook = script('outlook-pst').join('\n');
    expect(outlook).toMatch(/open each PST in Outlook/);
    expect(outlook).not.toMatch(/New-MigrationBatch|Connect-ExchangeOnline/);
  });
});

describe('powerShellScript endpoint variants', () => {
  it('hybrid with an existing endpoint tests it and creates none', () => {
    const lines = script('minimal-hybrid', {
      settings: {
        existingEndpoint: 'Hybrid Migration Endpoint - EWS (Default Web Site)',
        tenant: 'contoso.mail.onmicrosoft.com',
      },
    });
    expect(lines).toContain("$EndpointName = 'Hybrid Migration Endpoint - EWS (Default Web Site)'");
    expect(lines).toContain('$Check = Test-MigrationServerAvailability -Endpoint $EndpointName');
    expect(lines.join('\n')).not.toMatch(/New-MigrationEndpoint|\$Credentials/);
    expect(lines).toContain('# No password is stored here.');
  });

  it('hybrid with only an admin address uses Autodiscover', () => {
    const lines = script('express-hybrid', {
      settings: { adminEmail: 'administrator@onprem.contoso.com' },
    });
    expect(lines).toContain(
      'New-MigrationEndpoint -ExchangeRemoteMove -Name $EndpointName -Autodiscover -EmailAddress $AdminEmail -Credentials $Credentials',
    );
    expect(lines).toContain("$TargetDeliveryDomain = '<fill in: <tenant>.mail.onmicrosoft.com>'");
  });

  it('refuses a TargetDeliveryDomain that is not the tenant coexistence domain', () => {
    const lines = script('full-hybrid', { settings: { tenant: 'contoso.com' } });
    expect(lines).toContain("$TargetDeliveryDomain = '<fill in: <tenant>.mail.onmicrosoft.com>'");
    expect(lines).toContain('foreach ($Setting in @($RemoteServer, $TargetDeliveryDomain)) {');
  });

  it('leaves out a malformed date instead of writing it', () => {
    const lines = script('full-hybrid', {
      batches: [{ ...PILOT, startAfterUtc: "2026-03-02'); Remove-Mailbox x; ('" }],
    });
    const batch = lines.find((l) => l.startsWith('New-MigrationBatch'))!;
    expect(batch).not.toMatch(/StartAfter|Remove-Mailbox/);
    expect(batch).toMatch(/-CompleteAfter/);
  });
});

/** A code line with its single-quoted literals removed, read as PowerShell reads them. */
function codeOutsideLiterals(line: string): string {
  const quote = /['\u2018\u2019\u201a\u201b]/;
  let out = '';
  let inside = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (!inside) {
      if (quote.test(ch)) inside = true;
      else out += ch;
    } else if (quote.test(ch)) {
      if (quote.test(line[i + 1] ?? '')) i++;
      else inside = false;
    }
  }
  expect(inside).toBe(false);
  return out;
}

describe('powerShellScript safety', () => {
  it('typed text stays inside comments and single-quoted literals (property)', () => {
    // `§` never occurs in the script's own code, so finding it outside a literal is a breakout.
    const nasty = fc.string({
      unit: fc.constantFrom(
        '§',
        "'",
        '’',
        '‛',
        '"',
        '$',
        '`',
        ';',
        '\n',
        '\r',
        '\u2028',
        '#',
        '(',
        ' ',
      ),
    });
    fc.assert(
      fc.property(nasty, nasty, fc.constantFrom(...METHODS), (name, value, method) => {
        const text = powerShellScript({
          planName: name,
          method,
          generatedAt: name,
          batches: [{ ...PILOT, batchName: name, csvFile: value }],
          pstMappingFiles: [{ path: value, rows: 1 }],
          settings: {
            remoteServer: value,
            adminEmail: value,
            endpointName: name,
            notificationEmails: [value],
            csvFolder: value,
          },
        });
        const body = text.slice(1, -2);
        expect(body).not.toMatch(/\r(?!\n)|(?<!\r)\n|\u2028/);
        for (const line of body.split('\r\n')) {
          if (line.trimStart().startsWith('#')) continue;
          expect(codeOutsideLiterals(line)).not.toContain('§');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('holds no password and asks for credentials with Get-Credential', () => {
    for (const method of METHODS) {
      const text = powerShellScript({
        planName: 'P',
        method,
        generatedAt: 'now',
        batches: [PILOT],
      });
      expect(text).not.toMatch(/-Password|ConvertTo-SecureString|Pa\$\$|P@ssw0rd/);
      if (/-Credentials \$Credentials/.test(text))
        expect(text).toMatch(/\$Credentials = Get-Credential/);
    }
  });
});
