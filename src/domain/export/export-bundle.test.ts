import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { METHODS } from '../methods/method-list.ts';
import { exportFiles, type ExportInput } from './export-bundle.ts';
import { emails, testBatch, testSchedule, twoBatches } from '../../testing/export-test-data.ts';

const base = (method: ExportInput['method']): ExportInput => ({
  planName: 'Contoso',
  method,
  generatedAt: '2026-02-01 10:00 UTC',
  schedule: twoBatches(method),
  script: { tenant: 'contoso', remoteServer: 'mail.contoso.com' },
});

const paths = (input: ExportInput) => exportFiles(input).files.map((f) => f.path);
const file = (input: ExportInput, path: string) =>
  exportFiles(input).files.find((f) => f.path === path)?.content;

describe('exportFiles', () => {
  it('hybrid: README, one CSV per batch and the script', () => {
    expect(paths(base('full-hybrid'))).toEqual([
      'README.txt',
      'batch-csv/batch-01-pilot.csv',
      'batch-csv/batch-02-sales-marketing.csv',
      'migration.ps1',
    ]);
    expect(file(base('full-hybrid'), 'batch-csv/batch-01-pilot.csv')).toBe(
      'EmailAddress\r\nalice@contoso.com\r\nbob@contoso.com\r\n',
    );
  });

  it('the script reads exactly the CSV files in the bundle', () => {
    for (const method of ['full-hybrid', 'staged', 'imap', 'google-workspace'] as const) {
      const input = {
        ...base(method),
        schedule: testSchedule(method, [testBatch('b1', 'Big', emails(2001))]),
      };
      const bundle = exportFiles(input);
      const csvs = bundle.files
        .filter((f) => f.path.startsWith('batch-csv/'))
        .map((f) => f.path.slice(10));
      const script = bundle.files.find((f) => f.path === 'migration.ps1')!.content;
      const read = [...script.matchAll(/Join-Path \$CsvFolder '([^']+)'/g)].map((m) => m[1]);
      expect(read).toEqual(csvs);
      expect(csvs.length).toBe(method === 'staged' ? 2 : 1);
    }
  });

  it('cutover: no CSV, one CutoverBatch, the explanation in the README', () => {
    const input = base('cutover');
    expect(paths(input)).toEqual(['README.txt', 'migration.ps1']);
    expect(file(input, 'migration.ps1')).toMatch(
      /New-MigrationBatch -Name 'CutoverBatch' -SourceEndpoint \$EndpointName -StartAfter/,
    );
    expect(file(input, 'migration.ps1')).toMatch(/# CutoverBatch: the whole organisation;/);
    expect(file(input, 'README.txt')).toMatch(/takes no CSV file/);
  });

  it('PST network upload without a list: a mapping file per batch with alias.pst names', () => {
    const input = base('pst-import-network');
    expect(paths(input)).toEqual([
      'README.txt',
      'pst-mapping/batch-01-pilot.csv',
      'pst-mapping/batch-02-sales-marketing.csv',
      'migration.ps1',
    ]);
    expect(file(input, 'pst-mapping/batch-02-sales-marketing.csv')).toBe(
      'Workload,FilePath,Name,Mailbox,IsArchive,TargetRootFolder,ContentCodePage,SPFileContainer,SPManifestContainer,SPSiteUrl\r\n' +
        'Exchange,,carol.pst,carol@contoso.com,FALSE,,,,,\r\n',
    );
    expect(file(input, 'migration.ps1')).toMatch(/pst-mapping\/batch-01-pilot\.csv \(2 rows\)/);
    expect(file(input, 'README.txt')).toMatch(/named after its alias/);
  });

  it('PST with the user’s list: split at 500, duplicates reported in result and README', () => {
    const entries = emails(501).map((mailbox) => ({ mailbox, pstName: 'same.pst' }));
    const bundle = exportFiles({ ...base('pst-import-drive'), pstEntries: entries });
    expect(bundle.files.map((f) => f.path)).toEqual([
      'README.txt',
      'pst-mapping/pst-mapping-part-1.csv',
      'pst-mapping/pst-mapping-part-2.csv',
      'migration.ps1',
    ]);
    expect(bundle.problems).toHaveLength(500);
    expect(bundle.files[0]!.content).toMatch(/PROBLEMS TO FIX\r\n- "same.pst" is listed twice/);
  });

  it('Outlook PST: only the README and an explanatory script', () => {
    expect(paths(base('outlook-pst'))).toEqual(['README.txt', 'migration.ps1']);
  });

  it('golden README for a small staged plan', () => {
    const input = {
      ...base('staged'),
      schedule: testSchedule('staged', [testBatch('b1', 'Pilot', ['a@x.test'])]),
    };
    expect(file(input, 'README.txt')).toBe(
      [
        'Exchange Migration Planner export',
        'Plan: Contoso',
        'Method: Staged migration',
        'Generated: 2026-02-01 10:00 UTC',
        '',
        'FILES',
        'migration.ps1',
        '    Creates the migration endpoint and one migration batch per CSV, after checking the connection to the source. Fill in the settings at its top, read it, then run it as .\\migration.ps1 from this folder. It asks for credentials; it stores none.',
        'batch-csv/batch-01-pilot.csv',
        '    Batch "Pilot": 1 mailbox, copy starts after 2026-03-02 17:00 UTC.',
        '',
        'BEFORE YOU UPLOAD',
        '- Open CSV files in a text editor, not Excel: Excel can change addresses and drop leading characters.',
        '- A cell that starts with =, +, -, @ or a tab has a leading apostrophe so spreadsheets do not run it as a formula; such cells are listed under PROBLEMS.',
        '- The Password column is left empty on purpose: the planner never stores passwords. Fill it in just before you upload the file, then delete the filled-in copy.',
        '- ForceChangePassword is False, the value federated (AD FS) users need (KB 2845956).',
        '- EmailAddress is the on-premises primary SMTP address. At most 2000 rows per file.',
        '',
      ].join('\r\n'),
    );
  });

  it('is deterministic', () => {
    expect(exportFiles(base('imap'))).toEqual(exportFiles(base('imap')));
  });
});

describe('exportFiles never writes a password (property)', () => {
  it('random addresses, every method: no password value anywhere, Password cells empty', () => {
    const local = fc.stringMatching(/^[a-z0-9._%+-]{1,16}$/);
    fc.assert(
      fc.property(
        fc.uniqueArray(local, { minLength: 1, maxLength: 30 }),
        fc.constantFrom(...METHODS),
        (locals, method) => {
          fc.pre(!locals.some((l) => /pa\$\$|p@ssw0rd|password/i.test(l)));
          const members = locals.map((l) => `${l}@contoso.com`);
          const half = Math.ceil(members.length / 2);
          const schedule = testSchedule(method, [
            testBatch('b1', 'One', members.slice(0, half)),
            testBatch('b2', 'Two', members.slice(half)),
          ]);
          const bundle = exportFiles({ ...base(method), schedule });
          const names = bundle.files.map((f) => f.path);
          expect(new Set(names).size).toBe(names.length);
          for (const f of bundle.files) {
            expect(f.path).toMatch(/^[a-z0-9-]+(\/[a-z0-9-]+)?\.(csv|ps1|txt)$|^README\.txt$/);
            expect(f.content).not.toMatch(/Pa\$\$|P@ssw0rd|ConvertTo-SecureString/);
            if (!f.path.startsWith('batch-csv/')) continue;
            const [head, ...rows] = f.content.split('\r\n').slice(0, -1);
            const col = head!.split(',').indexOf('Password');
            if (col >= 0) for (const row of rows) expect(row.split(',')[col]).toBe('');
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
