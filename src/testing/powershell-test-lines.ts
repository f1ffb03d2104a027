import { expect } from 'vitest';
import type { MigrationMethod } from '../domain/methods/method-list.ts';
import {
  powerShellScript,
  type ScriptBatch,
  type ScriptInput,
} from '../domain/export/powershell.ts';

// The script's fixed parts, for golden tests of whole scripts.

export const PILOT: ScriptBatch = {
  batchName: 'batch-01-pilot',
  csvFile: 'batch-01-pilot.csv',
  rows: 2,
  startAfterUtc: '2026-03-02T17:00:00Z',
  completeAfterUtc: '2026-03-13T17:00:00Z',
};
export const SECOND: ScriptBatch = {
  batchName: 'batch-02-sales',
  csvFile: 'batch-02-sales.csv',
  rows: 1,
  startAfterUtc: '2026-03-16T17:00:00Z',
  completeAfterUtc: '2026-03-27T18:30:00Z',
};

/** The script of plan Contoso with PILOT and SECOND as lines, after checking its BOM and CRLFs. */
export function script(method: MigrationMethod, extra: Partial<ScriptInput> = {}): string[] {
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

export const HEAD = (method: string, credential = true) => [
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
export const GUARD = (vars: string) => [
  `foreach ($Setting in @(${vars})) {`,
  '    if ($Setting -like \'<fill in*\') { throw "Fill in the settings at the top of this script first: $Setting" }',
  '}',
  '',
];
/** Join-Path fails on an empty $PSScriptRoot, so the check that explains it comes first. */
export const SCRIPT_ROOT = [
  "if (-not $PSScriptRoot) { throw 'Run this file as a script (.\\migration.ps1), or replace the next line with $CsvFolder = ''<folder of the batch CSV files>''.' }",
  "$CsvFolder = Join-Path $PSScriptRoot 'batch-csv'",
];
export const CHECK = (command: string) => [
  `$Check = ${command}`,
  '$Check | Format-List',
  "if ($Check.Result -ne 'Success') { throw 'The source check failed: fix it before creating the endpoint and batches.' }",
  '',
];
export const CSV = (file: string) =>
  `-CSVData ([System.IO.File]::ReadAllBytes((Join-Path $CsvFolder '${file}')))`;
export const AT = (iso: string) => `(([datetime]'${iso}').ToUniversalTime())`;
export const NO_COMPLETION =
  '(this method has no completion step: the batch syncs every 24 hours until you remove it)';
export const START_STEPS = [
  '',
  '# ---- Next steps (run by hand when the time comes)',
  '# The batches are created but not started. Start each when ready; it then waits for its StartAfter time:',
  "#   Start-MigrationBatch -Identity 'batch-01-pilot'",
  "#   Start-MigrationBatch -Identity 'batch-02-sales'",
  '# Watch progress: Get-MigrationBatch | Format-List Identity,Status,DataConsistencyScore',
];
export const REMOVE_STEPS = [
  '# After the MX switch, wait at least 72 hours and one sync after the switch, then remove each batch:',
  "#   Remove-MigrationBatch -Identity 'batch-01-pilot'",
  "#   Remove-MigrationBatch -Identity 'batch-02-sales'",
];
