import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { METHODS, type MigrationMethod } from '../methods/method-list.ts';
import { batchCsv, type BatchCsvResult } from './batch-csv.ts';
import { emails, testBatch, testSchedule, twoBatches } from '../../testing/export-test-data.ts';

function files(result: BatchCsvResult) {
  if (result.kind !== 'csv') throw new Error(`expected files, got: ${result.explanation}`);
  return result;
}

describe('batchCsv golden files', () => {
  it('staged: EmailAddress,Password,ForceChangePassword, password empty, False by default', () => {
    const r = files(batchCsv('staged', twoBatches('staged')));
    expect(r.files.map((f) => [f.name, f.content])).toEqual([
      [
        'batch-01-pilot.csv',
        'EmailAddress,Password,ForceChangePassword\r\nalice@contoso.com,,False\r\nbob@contoso.com,,False\r\n',
      ],
      [
        'batch-02-sales-marketing.csv',
        'EmailAddress,Password,ForceChangePassword\r\ncarol@contoso.com,,False\r\n',
      ],
    ]);
    expect(r.notes.join(' ')).toMatch(/Password column is left empty/);
    expect(r.notes.join(' ')).toMatch(/federated/);
    expect(r.problems).toEqual([]);
  });

  it('staged: ForceChangePassword True when asked, with the federated-user warning', () => {
    const r = files(
      batchCsv('staged', twoBatches('staged'), { staged: { forceChangePassword: true } }),
    );
    expect(r.files[1]!.content).toBe(
      'EmailAddress,Password,ForceChangePassword\r\ncarol@contoso.com,,True\r\n',
    );
    expect(r.notes.join(' ')).toMatch(/set it to False for federated/);
  });

  it('IMAP: EmailAddress,UserName,Password with the user name same as the address by default', () => {
    const r = files(batchCsv('imap', twoBatches('imap')));
    expect(r.files[0]!.content).toBe(
      'EmailAddress,UserName,Password\r\nalice@contoso.com,alice@contoso.com,\r\nbob@contoso.com,bob@contoso.com,\r\n',
    );
  });

  it.each([
    [{ kind: 'local-part' } as const, 'carol'],
    [{ kind: 'domain-user', domain: 'contoso' } as const, 'contoso\\carol'],
    [
      { kind: 'exchange-admin', domain: 'contoso', admin: 'mailadmin' } as const,
      'contoso/mailadmin/carol',
    ],
    [{ kind: 'dovecot-admin', admin: 'mailadmin' } as const, 'carol*mailadmin'],
    [{ kind: 'dovecot-admin', admin: 'mailadmin', separator: '%' } as const, 'carol%mailadmin'],
    [{ kind: 'mirapoint-admin', admin: 'mailadmin' } as const, '#carol@contoso.com#mailadmin#'],
  ])('IMAP user name format %j', (userName, expected) => {
    const r = files(batchCsv('imap', twoBatches('imap'), { imap: { userName } }));
    expect(r.files[1]!.content).toBe(
      `EmailAddress,UserName,Password\r\ncarol@contoso.com,${expected},\r\n`,
    );
  });

  it('IMAP: adds the UserRoot column when asked', () => {
    const r = files(
      batchCsv('imap', twoBatches('imap'), {
        imap: { userName: { kind: 'local-part' }, userRoot: { prefix: '/users/' } },
      }),
    );
    expect(r.files[1]!.content).toBe(
      'EmailAddress,UserName,Password,UserRoot\r\ncarol@contoso.com,carol,,/users/carol\r\n',
    );
  });

  it.each(['full-hybrid', 'minimal-hybrid', 'express-hybrid', 'google-workspace'] as const)(
    '%s: a single EmailAddress column',
    (method) => {
      const r = files(batchCsv(method, twoBatches(method)));
      expect(r.files.map((f) => f.content)).toEqual([
        'EmailAddress\r\nalice@contoso.com\r\nbob@contoso.com\r\n',
        'EmailAddress\r\ncarol@contoso.com\r\n',
      ]);
      expect(r.files.map((f) => f.batchName)).toEqual([
        'batch-01-pilot',
        'batch-02-sales-marketing',
      ]);
    },
  );

  it.each(['cutover', 'pst-import-network', 'pst-import-drive', 'outlook-pst'] as const)(
    '%s: no batch CSV, an explanation instead',
    (method) => {
      const r = batchCsv(method, twoBatches(method));
      expect(r.kind).toBe('none');
      if (r.kind === 'none') expect(r.explanation.length).toBeGreaterThan(20);
    },
  );

  it('cutover explanation says why and warns about hidden mailboxes', () => {
    const r = batchCsv('cutover', twoBatches('cutover'));
    expect(r.kind === 'none' && r.explanation).toMatch(/one batch.*hidden/s);
  });

  it('carries each batch’s UTC dates for the script', () => {
    const r = files(batchCsv('full-hybrid', twoBatches('full-hybrid')));
    expect(r.files[1]).toMatchObject({
      batchId: 'b2',
      startAfterUtc: '2026-03-16T17:00:00Z',
      completeAfterUtc: '2026-03-27T18:30:00Z',
      part: 1,
      parts: 1,
      rows: 1,
    });
  });
});

describe('batchCsv splitting', () => {
  const split = (method: MigrationMethod, count: number) =>
    files(batchCsv(method, testSchedule(method, [testBatch('b1', 'All', emails(count))])));

  it('staged: 2,000 rows stay one file, 2,001 become two parts', () => {
    const one = split('staged', 2000);
    expect(one.files.map((f) => [f.name, f.rows])).toEqual([['batch-01-all.csv', 2000]]);
    expect(one.files[0]!.content.split('\r\n')).toHaveLength(2002);
    const two = split('staged', 2001);
    expect(two.files.map((f) => [f.name, f.rows, f.part, f.parts])).toEqual([
      ['batch-01-all-part-1.csv', 2000, 1, 2],
      ['batch-01-all-part-2.csv', 1, 2, 2],
    ]);
    expect(two.files[1]!.content).toBe(
      // By address, in code-unit order: "u9@" sorts last ("@" comes after the digits).
      'EmailAddress,Password,ForceChangePassword\r\nu9@x.test,,False\r\n',
    );
    expect(two.notes.join(' ')).toMatch(/split into 2 files/);
  });

  it('IMAP: 50,000 rows stay one file, 50,001 become two parts', () => {
    expect(split('imap', 50000).files.map((f) => f.rows)).toEqual([50000]);
    expect(split('imap', 50001).files.map((f) => f.rows)).toEqual([50000, 1]);
  });

  it('hybrid: no published limit, so no split', () => {
    expect(split('full-hybrid', 2500).files.map((f) => f.rows)).toEqual([2500]);
  });

  it('names files by number even when the batch name has no usable letters, and skips empty batches', () => {
    const r = files(
      batchCsv(
        'full-hybrid',
        testSchedule('full-hybrid', [
          testBatch('b1', '王', ['a@x.test']),
          testBatch('b2', 'Empty', []),
          testBatch('b3', 'Łódź / HQ', ['b@x.test']),
        ]),
      ),
    );
    expect(r.files.map((f) => f.name)).toEqual(['batch-01.csv', 'batch-03-lodz-hq.csv']);
    expect(r.notes.join(' ')).toMatch(/"Empty" has no mailboxes/);
  });
});

describe('batchCsv row order', () => {
  it('lists each file by address, whatever order the schedule holds the members in', () => {
    const r = files(
      batchCsv(
        'full-hybrid',
        testSchedule('full-hybrid', [
          testBatch('b1', 'One', ['dave@x.test', 'alice@x.test', 'carol@x.test', 'bob@x.test']),
        ]),
      ),
    );
    expect(r.files[0]!.content).toBe(
      'EmailAddress\r\nalice@x.test\r\nbob@x.test\r\ncarol@x.test\r\ndave@x.test\r\n',
    );
  });

  it('splits an over-limit batch into ranges of the alphabet', () => {
    const members = emails(2001).reverse();
    const r = files(batchCsv('staged', testSchedule('staged', [testBatch('b1', 'All', members)])));
    const first = (f: { content: string }) => f.content.split('\r\n')[1]!.split(',')[0];
    expect(r.files.map(first)).toEqual(['u0@x.test', [...members].sort()[2000]]);
  });

  it('points a problem at the member as the schedule holds it, not at its row in the file', () => {
    const r = files(
      batchCsv('imap', testSchedule('imap', [testBatch('b1', 'One', ['ok@x.test', '=x@x.test'])])),
    );
    expect(r.files[0]!.content.split('\r\n')[1]).toMatch(/^'=x@x\.test,/);
    expect(r.problems.map((p) => p.path)).toEqual([
      'schedule.batches[0].memberIndexes[1]',
      'schedule.batches[0].memberIndexes[1]',
    ]);
  });
});

describe('batchCsv problems', () => {
  it('reports a mailbox listed in two batches', () => {
    const r = files(
      batchCsv(
        'full-hybrid',
        testSchedule('full-hybrid', [
          testBatch('b1', 'One', ['a@x.test']),
          testBatch('b2', 'Two', ['b@x.test', 'a@x.test']),
        ]),
      ),
    );
    expect(r.problems).toEqual([
      {
        path: 'schedule.batches[1].memberIndexes[1]',
        message: expect.stringMatching(/a@x\.test.*"One".*"Two"/),
      },
    ]);
  });

  it('neutralises a formula-like address and says how to undo it', () => {
    const r = files(
      batchCsv('imap', testSchedule('imap', [testBatch('b1', 'One', ['-x@x.test', 'ok@x.test'])])),
    );
    expect(r.files[0]!.content).toBe(
      "EmailAddress,UserName,Password\r\n'-x@x.test,'-x@x.test,\r\nok@x.test,ok@x.test,\r\n",
    );
    expect(r.problems).toHaveLength(2);
    expect(r.problems[0]!.message).toMatch(/Remove the apostrophe/);
  });
});

describe('batchCsv never writes a password', () => {
  it('no cell of any Password column holds anything, for any method and addresses (property)', () => {
    const local = fc.stringMatching(/^[a-z0-9.$!_%+-]{1,12}$/);
    fc.assert(
      fc.property(
        fc.uniqueArray(local, { minLength: 1, maxLength: 20 }),
        fc.constantFrom(...METHODS),
        fc.boolean(),
        (locals, method, force) => {
          fc.pre(!locals.some((l) => /pa\$\$|p@ssw0rd|password/i.test(l)));
          const members = locals.map((l) => `${l}@contoso.com`);
          const r = batchCsv(method, testSchedule(method, [testBatch('b1', 'B', members)]), {
            staged: { forceChangePassword: force },
            imap: { userName: { kind: 'dovecot-admin', admin: 'mailadmin' } },
          });
          if (r.kind === 'none') return;
          const passwordColumn = r.header.indexOf('Password');
          for (const file of r.files) {
            const rows = file.content.split('\r\n').slice(1, -1);
            expect(rows.join('\n')).not.toMatch(/Pa\$\$|P@ssw0rd|password/i);
            if (passwordColumn < 0) continue;
            // Addresses here hold no comma or quote, so splitting on commas is exact.
            for (const row of rows) expect(row.split(',')[passwordColumn]).toBe('');
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
