import { METHOD_LABELS, type MigrationMethod } from '../methods/method-list.ts';
import { sourceSetup, type ScriptSettings, type SourceSetup } from './powershell-source.ts';
import { pstScriptBody, type PstMappingRef } from './powershell-pst.ts';
import { psCommentText, psQuote, psUtcDate, readableUtc } from './ps-quote.ts';

export type ScriptBatch = {
  /** New-MigrationBatch -Name. */
  batchName: string;
  /** CSV file name inside the CSV folder; null for the cutover batch, which takes no CSV. */
  csvFile: string | null;
  rows: number;
  startAfterUtc: string;
  completeAfterUtc: string;
};

export type ScriptInput = {
  planName: string;
  method: MigrationMethod;
  /** When the script was made, as the caller formats it (the domain reads no clock). */
  generatedAt: string;
  batches: readonly ScriptBatch[];
  pstMappingFiles?: readonly PstMappingRef[];
  settings?: ScriptSettings;
  /** A warning for the header, e.g. that the plan is the fictional sample. */
  notice?: string | null;
};

const PST_METHODS: readonly MigrationMethod[] = [
  'pst-import-network',
  'pst-import-drive',
  'outlook-pst',
];

function header(input: ScriptInput, asksCredential: boolean): string[] {
  return [
    '# Exchange Migration Planner: migration script',
    `# Plan: ${psCommentText(input.planName)}`,
    `# Method: ${METHOD_LABELS[input.method]}`,
    `# Generated: ${psCommentText(input.generatedAt)}`,
    ...(input.notice ? ['#', `# ${psCommentText(input.notice)}`] : []),
    '#',
    ...(PST_METHODS.includes(input.method)
      ? ['# Run it to print the steps; it changes nothing.']
      : [
          '# Read every line before running it. Run it as a file (.\\migration.ps1) from the unzipped',
          '# folder, in PowerShell with the ExchangeOnlineManagement module.',
          asksCredential
            ? '# No password is stored here: Get-Credential asks for it when the script runs.'
            : '# No password is stored here.',
          '# All dates are UTC.',
        ]),
    '',
    "$ErrorActionPreference = 'Stop'",
    '',
  ];
}

function notificationEmails(s: ScriptSettings): string[] {
  return (s.notificationEmails ?? []).map((e) => psCommentText(e).trim()).filter((e) => e !== '');
}

function settingsBlock(setup: SourceSetup, s: ScriptSettings, hasCsv: boolean): string[] {
  const lines = ['# ---- Settings: check these before running'];
  for (const v of setup.settings) lines.push(`$${v.variable} = ${v.literal}`);
  const emails = notificationEmails(s);
  if (emails.length > 0) lines.push(`$NotificationEmails = @(${emails.map(psQuote).join(', ')})`);
  if (hasCsv) {
    const folder = psCommentText(s.csvFolder ?? '').trim();
    // Join-Path fails on an empty $PSScriptRoot (pasted into a console), so the check that
    // explains it comes first.
    if (folder !== '') lines.push(`$CsvFolder = ${psQuote(folder)}`);
    else {
      lines.push(
        "if (-not $PSScriptRoot) { throw 'Run this file as a script (.\\migration.ps1), or replace the next line with $CsvFolder = ''<folder of the batch CSV files>''.' }",
        "$CsvFolder = Join-Path $PSScriptRoot 'batch-csv'",
      );
    }
  }
  const missing = setup.settings.filter((v) => v.missing).map((v) => `$${v.variable}`);
  if (missing.length > 0) {
    lines.push(
      `foreach ($Setting in @(${missing.join(', ')})) {`,
      '    if ($Setting -like \'<fill in*\') { throw "Fill in the settings at the top of this script first: $Setting" }',
      '}',
    );
  }
  return [...lines, ''];
}

function batchLine(b: ScriptBatch, setup: SourceSetup, s: ScriptSettings): string[] {
  const start = psUtcDate(b.startAfterUtc);
  const complete = setup.completes ? psUtcDate(b.completeAfterUtc) : null;
  const parts = [`New-MigrationBatch -Name ${psQuote(b.batchName)} -SourceEndpoint $EndpointName`];
  parts.push(...setup.batchParams);
  if (b.csvFile !== null) {
    parts.push(
      `-CSVData ([System.IO.File]::ReadAllBytes((Join-Path $CsvFolder ${psQuote(b.csvFile)})))`,
    );
  }
  if (start !== null) parts.push(`-StartAfter ${start}`);
  if (complete !== null) parts.push(`-CompleteAfter ${complete}`);
  if (notificationEmails(s).length > 0) parts.push('-NotificationEmails $NotificationEmails');
  if (s.autoStart === true) parts.push('-AutoStart');
  const ending = setup.completes
    ? `completes after ${readableUtc(b.completeAfterUtc)}`
    : `switch-over planned after ${readableUtc(b.completeAfterUtc)} (this method has no completion step: the batch syncs every 24 hours until you remove it)`;
  const who =
    b.csvFile === null
      ? 'the whole organisation'
      : `${b.rows} ${b.rows === 1 ? 'mailbox' : 'mailboxes'}`;
  return [
    `# ${b.batchName}: ${who}; copy starts after ${readableUtc(b.startAfterUtc)}; ${ending}`,
    parts.join(' '),
  ];
}

function nextSteps(input: ScriptInput, s: ScriptSettings): string[] {
  const lines = ['', '# ---- Next steps (run by hand when the time comes)'];
  if (s.autoStart !== true) {
    lines.push(
      '# The batches are created but not started. Start each when ready; it then waits for its StartAfter time:',
    );
    for (const b of input.batches)
      lines.push(`#   Start-MigrationBatch -Identity ${psQuote(b.batchName)}`);
  }
  lines.push(
    '# Watch progress: Get-MigrationBatch | Format-List Identity,Status,DataConsistencyScore',
  );
  switch (input.method) {
    case 'cutover':
    case 'staged':
    case 'imap':
      lines.push(
        '# After the MX switch, wait at least 72 hours and one sync after the switch, then remove each batch:',
      );
      for (const b of input.batches)
        lines.push(`#   Remove-MigrationBatch -Identity ${psQuote(b.batchName)}`);
      break;
    case 'google-workspace':
      lines.push(
        '# Assign each user an Exchange Online licence after the batch starts, within 30 days.',
      );
      break;
    default:
      lines.push('# Assign licences after each mailbox has moved, within 30 days.');
  }
  if (input.method === 'staged') {
    lines.push(
      '# After each batch, convert the migrated on-premises mailboxes to mail-enabled users.',
    );
  }
  return lines;
}

const asText = (lines: readonly string[]) => `\uFEFF${lines.join('\r\n')}\r\n`;

/**
 * One PowerShell script for the plan, CRLF line ends. The UTF-8 byte-order mark matters:
 * Windows PowerShell 5.1 reads a file without one in the ANSI code page, where the UTF-8 bytes
 * of a name such as "Ē" (C4 92) turn into "Ä’", and ’ ends a single-quoted string.
 */
export function powerShellScript(raw: ScriptInput): string {
  // Control characters in typed text would split a comment or a literal across lines.
  const input: ScriptInput = {
    ...raw,
    batches: raw.batches.map((b) => ({
      ...b,
      batchName: psCommentText(b.batchName),
      csvFile: b.csvFile === null ? null : psCommentText(b.csvFile),
    })),
    pstMappingFiles: raw.pstMappingFiles?.map((m) => ({ ...m, path: psCommentText(m.path) })),
  };
  if (PST_METHODS.includes(input.method)) {
    return asText([
      ...header(input, false),
      ...pstScriptBody(input.method, input.pstMappingFiles ?? []),
    ]);
  }
  const s = input.settings ?? {};
  const setup = sourceSetup(input.method, s);
  const lines = header(input, setup.credential !== null);
  const hasCsv = input.batches.some((b) => b.csvFile !== null);
  lines.push(...settingsBlock(setup, s, hasCsv));
  lines.push('Connect-ExchangeOnline', '', '# ---- Checks before anything is created');
  if (setup.credential !== null)
    lines.push(`$Credentials = Get-Credential -Message ${psQuote(setup.credential)}`);
  lines.push(
    `$Check = ${setup.check}`,
    '$Check | Format-List',
    "if ($Check.Result -ne 'Success') { throw 'The source check failed: fix it before creating the endpoint and batches.' }",
    '',
  );
  if (setup.endpoint !== null) lines.push('# ---- Migration endpoint', setup.endpoint, '');
  lines.push('# ---- Migration batches');
  for (const b of input.batches) lines.push(...batchLine(b, setup, s));
  lines.push(...nextSteps(input, s));
  return asText(lines);
}
