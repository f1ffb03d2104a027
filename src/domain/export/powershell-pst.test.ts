import { describe, expect, it } from 'vitest';
import { script } from '../../testing/powershell-test-lines.ts';

describe('powerShellScript for PST imports', () => {
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
