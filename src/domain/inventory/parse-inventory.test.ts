import { describe, it, expect } from 'vitest';
import { parseInventory } from './parse-inventory.ts';

const HEADER = 'DisplayName,PrimarySmtpAddress,RecipientTypeDetails,TotalItemSize,ItemCount';
const parse = (text: string, mapping?: Record<string, string>) =>
  parseInventory(text, { fileName: 'inv.csv', mapping });
const errors = (r: ReturnType<typeof parse>) => r.problems.filter((p) => p.severity === 'error');

describe('parseInventory', () => {
  it('reads a PowerShell 5.1 export: #TYPE line, all quoted, CRLF', () => {
    const text =
      '#TYPE Selected.Microsoft.Exchange.Data.Mapi.MailboxStatistics\r\n' +
      '"DisplayName","PrimarySmtpAddress","RecipientTypeDetails","TotalItemSize","ItemCount"\r\n' +
      '"Kowalski, Uma","Uma.Kowalski@Contoso.com","UserMailbox","408.292 MB (428,125,298 bytes)","7006"\r\n' +
      '"Team Sales 3","sales3@contoso.com","SharedMailbox","0 B (0 bytes)","0"\r\n';
    const r = parse(text);
    expect(r.problems).toEqual([]);
    expect(r.mailboxes).toEqual([
      {
        row: 3,
        displayName: 'Kowalski, Uma',
        email: 'uma.kowalski@contoso.com',
        type: 'UserMailbox',
        sizeBytes: 428_125_298,
        itemCount: 7006,
        archiveSizeBytes: null,
        department: '',
        office: '',
        database: '',
      },
      expect.objectContaining({ row: 4, type: 'SharedMailbox', sizeBytes: 0, itemCount: 0 }),
    ]);
    expect(r.summary).toMatchObject({ rowsRead: 2, accepted: 2, rejected: 0, totalItems: 7006 });
    expect(r.columns).toEqual(HEADER.split(','));
  });

  it('reads an Excel (German) export: semicolons, German sizes', () => {
    const text =
      'DisplayName;PrimarySmtpAddress;RecipientTypeDetails;TotalItemSize;ItemCount\n' +
      'Søren Novak;sren.novak@contoso.com;UserMailbox;6,582 GB (7.067.736.661 Bytes);119301\n';
    const r = parse(text);
    expect(r.mailboxes[0]).toMatchObject({ row: 2, sizeBytes: 7_067_736_661, itemCount: 119301 });
  });

  it('reads Exchange 2007 sizes and Unlimited / empty sizes', () => {
    const r = parse(
      `${HEADER}\na,a@x.com,UserMailbox,1325400000B,5\nb,b@x.com,UserMailbox,Unlimited,\nc,c@x.com,UserMailbox,,1`,
    );
    expect(r.mailboxes.map((m) => [m.sizeBytes, m.itemCount])).toEqual([
      [1_325_400_000, 5],
      [null, null],
      [null, 1],
    ]);
    expect(r.summary.sizesUnknown).toBe(2);
    expect(r.problems).toEqual([]);
  });

  it('names the row of every bad row and keeps nothing silently', () => {
    const text = [
      HEADER, // 1
      'Ann,ann@x.com,UserMailbox,1 GB (1073741824 bytes),10', // 2 ok
      'Ann again,ANN@x.com,UserMailbox,1 GB (1073741824 bytes),10', // 3 duplicate of 2
      'Bob,bob-at-x.com,UserMailbox,0B,0', // 4 invalid address
      ',,,,', // 5 empty
      'Cy,cy@x.com,UserMailbox,lots,12', // 6 size unreadable: kept with warning
      'Dee,dee@x.com,UserMailbox', // 7 too few fields
      'Eve, Jr,eve@x.com,UserMailbox,0B,1', // 8 too many fields (unquoted comma)
      'Fay,,UserMailbox,0B,1', // 9 no address
      'Gus,gus@x.com,UserMailbox,0B,many', // 10 item count unreadable: kept
      'Hal,hal@x.com,DiscoverySearch?,0B,1', // 11 unknown type: kept as Other
      'Ida,ida@x.com,UserMailbox,0B,-5', // 12 item count negative: kept
    ].join('\r\n');
    const r = parse(text);
    expect(r.mailboxes.map((m) => m.row)).toEqual([2, 6, 10, 11, 12]);
    const byRow = Object.fromEntries(r.problems.map((p) => [p.row, p]));
    expect(byRow[3]).toMatchObject({
      severity: 'error',
      column: 'PrimarySmtpAddress',
      reason: expect.stringMatching(/Duplicate address: ann@x\.com is already on row 2/),
    });
    expect(byRow[4]?.reason).toMatch(/Address invalid: “bob-at-x\.com”/);
    expect(byRow[5]).toMatchObject({ severity: 'warning', reason: 'Empty row: skipped.' });
    expect(byRow[6]).toMatchObject({
      severity: 'warning',
      column: 'TotalItemSize',
      reason: expect.stringMatching(/^Size unreadable: “lots”/),
    });
    expect(byRow[7]?.reason).toMatch(
      /Wrong number of fields: this row has 3 values but the header has 5/,
    );
    expect(byRow[8]?.reason).toMatch(/has 6 values .* comma may be missing its quotes/);
    expect(byRow[9]).toMatchObject({
      severity: 'error',
      reason: expect.stringMatching(/No e-mail address/),
    });
    expect(byRow[10]).toMatchObject({
      column: 'ItemCount',
      severity: 'warning',
      reason: 'Item count unreadable: “many” is not a whole number.',
    });
    expect(byRow[12]?.reason).toBe('Item count unreadable: “-5” is negative.');
    expect(byRow[11]?.reason).toMatch(
      /Unknown recipient type “DiscoverySearch\?”: counted as Other/,
    );
    expect(r.problems.every((p) => p.file === 'inv.csv')).toBe(true);
    expect(r.summary).toMatchObject({ rowsRead: 11, accepted: 5, rejected: 6 });
    expect(r.summary.byType).toMatchObject({ UserMailbox: 4, Other: 1 });
  });

  it('reports an unclosed quote on its row', () => {
    const r = parse(
      `${HEADER}\na,a@x.com,UserMailbox,0B,1\n"b,b@x.com,UserMailbox,0B,1\nc,c@x.com,UserMailbox,0B,1\n`,
    );
    expect(r.mailboxes.map((m) => m.row)).toEqual([2]);
    expect(errors(r)).toEqual([
      expect.objectContaining({ row: 3, reason: expect.stringMatching(/closing quote/) }),
    ]);
  });

  it('reports a missing required column once, and imports nothing', () => {
    const r = parse('DisplayName,Alias\nAnn,ann\nBob,bob\n');
    expect(r.mailboxes).toEqual([]);
    expect(errors(r)).toEqual([
      expect.objectContaining({
        row: 1,
        reason: expect.stringMatching(/^Missing required column.*None of the 2 rows/),
      }),
    ]);
    expect(r.summary).toMatchObject({ rowsRead: 2, accepted: 0, rejected: 2 });
  });

  it('uses a hand-made mapping', () => {
    const r = parse('Name,Login,Size (GB)\nAnn,ann@x.com,2\n', { email: 'Login' });
    expect(r.mailboxes[0]).toMatchObject({ email: 'ann@x.com', sizeBytes: 2 * 2 ** 30 });
    expect(r.mapping).toMatchObject({
      email: 'Login',
      displayName: 'Name',
      sizeBytes: 'Size (GB)',
    });
  });

  it('warns about missing recommended columns and rounded sizes', () => {
    const r = parse('Mail\nann@x.com\n');
    expect(r.mailboxes[0]).toMatchObject({
      displayName: 'ann@x.com',
      type: 'UserMailbox',
      sizeBytes: null,
    });
    expect(r.problems.map((p) => p.reason)).toEqual([
      expect.stringMatching(/display name/),
      expect.stringMatching(/recipient type.*user mailbox/),
      expect.stringMatching(/mailbox size/),
    ]);
    const rounded = parse('Mail,TotalItemSize\na@x.com,1.5 GB\nb@x.com,2 GB\n');
    expect(rounded.problems.at(-1)).toMatchObject({
      row: 2,
      reason: expect.stringMatching(/^2 size\(s\) had no exact/),
    });
  });

  it('warns once about “?” in names from an ASCII export', () => {
    const r = parse('DisplayName,Mail\nOmar M?ller,o@x.com\nL? Li,l@x.com\n');
    expect(r.problems.filter((p) => p.reason.includes('-Encoding UTF8'))).toHaveLength(1);
  });

  it('summarises totals and the largest mailbox', () => {
    const r = parse(
      `${HEADER}\na,a@x.com,UserMailbox,1024B,2\nb,b@x.com,RoomMailbox,${2 ** 31}B,3\n`,
    );
    expect(r.summary).toMatchObject({
      totalBytes: 1024 + 2 ** 31,
      totalItems: 5,
      byType: { UserMailbox: 1, RoomMailbox: 1 },
      largest: { email: 'b@x.com', displayName: 'b', sizeBytes: 2 ** 31, row: 3 },
    });
    expect(r.summary.totalGB).toBeCloseTo(2 + 1024 / 2 ** 30);
  });

  it('reports progress every 5,000 rows and at the end', () => {
    const rows = Array.from({ length: 12_000 }, (_, i) => `n,u${i}@x.com,UserMailbox,0B,0`);
    const calls: [number, number][] = [];
    parseInventory(`${HEADER}\n${rows.join('\n')}`, {
      fileName: 'f',
      onProgress: (d, t) => calls.push([d, t]),
    });
    expect(calls).toEqual([
      [0, 12_000],
      [5000, 12_000],
      [10_000, 12_000],
      [12_000, 12_000],
    ]);
  });

  it('reports an empty file', () => {
    expect(parse('').problems).toEqual([
      expect.objectContaining({
        row: 0,
        severity: 'error',
        reason: expect.stringMatching(/empty/),
      }),
    ]);
  });
});
