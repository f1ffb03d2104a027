import type { MigrationMethod } from '../methods/method-list.ts';
import { psQuote } from './ps-quote.ts';

export type PstMappingRef = { path: string; rows: number };

const say = (text: string) => `Write-Host ${psQuote(text)}`;

/**
 * PST methods get a script that explains instead of acting: Microsoft does not support
 * creating Import service jobs in PowerShell (reference §4.9), and Outlook import is manual.
 */
export function pstScriptBody(
  method: MigrationMethod,
  mappings: readonly PstMappingRef[],
): string[] {
  if (method === 'outlook-pst') {
    return [
      say(
        'PST import in Outlook has no PowerShell step: open each PST in Outlook and import it into the mailbox.',
      ),
    ];
  }
  const jobs =
    mappings.length === 0
      ? [say('  (no mapping file: the plan lists no PST files)')]
      : mappings.map((m) => say(`  ${m.path} (${m.rows} ${m.rows === 1 ? 'row' : 'rows'})`));
  const upload =
    method === 'pst-import-network'
      ? [
          say('Upload the PST files first with AzCopy; copy the SAS URL from the import job page:'),
          say('  azcopy.exe copy "<folder holding the PST files>" "<SAS URL>"'),
          say(
            'If a mapping row has a FilePath, upload into that subfolder: add it to the SAS URL before the "?".',
          ),
        ]
      : [
          say(
            'Drive shipping: prepare the drives with the WAImportExport tool (BitLocker) and ship them to Microsoft.',
          ),
        ];
  return [
    '# Creating PST import jobs in PowerShell is not supported by Microsoft: use the Import',
    '# service UI in Microsoft 365. This script only prints the steps.',
    say(
      'Microsoft 365 Import service: create the import jobs in the Import service UI (PowerShell is not supported).',
    ),
    say('Roles needed: Mailbox Import Export and Mail Recipients (or Global admin).'),
    ...upload,
    say('Create one import job per mapping file:'),
    ...jobs,
    say('After the import, review the retention hold the service turns on for each mailbox.'),
  ];
}
