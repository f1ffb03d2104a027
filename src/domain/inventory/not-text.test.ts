import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode-bytes.ts';
import { notTextReason } from './not-text.ts';
import { parseImportFile } from './parse-import-file.ts';

const bytes = (...head: number[]) => {
  const out = new Uint8Array(2048);
  out.set(head);
  // Some text after the signature, as real files have.
  out.set(new TextEncoder().encode('DisplayName,PrimarySmtpAddress'), 64);
  return out;
};
const reasonOf = (b: Uint8Array) => notTextReason(b, decodeBytes(b).text);
const text = (s: string) => new TextEncoder().encode(s);

describe('notTextReason', () => {
  it('names the file types people pick instead of a CSV', () => {
    expect(reasonOf(bytes(0x50, 0x4b, 0x03, 0x04))).toMatch(/Excel workbook \(\.xlsx\)/);
    expect(reasonOf(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))).toMatch(
      /Excel 97–2003 workbook/,
    );
    expect(reasonOf(bytes(0x21, 0x42, 0x44, 0x4e))).toMatch(/Outlook data file \(\.pst\)/);
    expect(reasonOf(text('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toMatch(/This is a PDF/);
  });

  it('calls other binary data not text: NUL bytes, or many control characters', () => {
    const random = new Uint8Array(4096).map((_, i) => (Math.imul(i + 1, 2654435761) >>> 24) & 0xff);
    expect(reasonOf(random)).toMatch(/not text/);
    const controls = text('a,b\r\n' + '\x01\x02\x03x'.repeat(50));
    expect(reasonOf(controls)).toMatch(/not text/);
    expect(reasonOf(text('Email,Size\r\nu@x.test,1\x00\r\n'))).toMatch(/not text/);
  });

  it('accepts text: ASCII, UTF-8, UTF-16 with and without BOM, Windows-1252, tabs', () => {
    const csv = 'DisplayName,PrimarySmtpAddress\r\nJosé Müller,jm@x.test\r\n';
    expect(reasonOf(text(csv))).toBeNull();
    expect(reasonOf(text(csv.replaceAll(',', '\t')))).toBeNull();
    const le = new Uint8Array(2 + csv.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < csv.length; i++) le[2 + 2 * i] = csv.charCodeAt(i) & 0xff;
    expect(reasonOf(le)).toBeNull();
    expect(reasonOf(le.subarray(2))).toBeNull();
    const latin1 = Uint8Array.from(csv, (c) => c.charCodeAt(0));
    expect(reasonOf(latin1)).toBeNull();
    expect(reasonOf(new Uint8Array(0))).toBeNull();
  });

  it('accepts every fixture', () => {
    for (const name of [
      'mailboxes-2000-ps5.csv',
      'mailboxes-2000-ps7.csv',
      'mailboxes-300-excel-de.csv',
      'permissions-2000.csv',
    ]) {
      const b = new Uint8Array(
        readFileSync(new URL(`../../testing/fixtures/${name}`, import.meta.url)),
      );
      expect({ name, reason: reasonOf(b) }).toEqual({ name, reason: null });
    }
  });
});

describe('parseImportFile on a file that is not text', () => {
  const xlsx = bytes(0x50, 0x4b, 0x03, 0x04);

  it('reports one file-level error and no columns or rows, for either kind', () => {
    const m = parseImportFile('mailboxes', xlsx, { fileName: 'inventory.xlsx' });
    expect(m.kind === 'mailboxes' && m.result.columns).toEqual([]);
    expect(m.result.summary.accepted).toBe(0);
    expect(m.result.problems).toEqual([
      expect.objectContaining({ file: 'inventory.xlsx', row: 0, severity: 'error' }),
    ]);
    expect(m.result.problems[0]!.reason).toMatch(/not a CSV file/);
    const p = parseImportFile('permissions', xlsx, { fileName: 'perms.xlsx' });
    expect(p.result.summary.accepted).toBe(0);
    expect(p.result.problems.map((x) => x.reason)).toEqual([
      expect.stringMatching(/Excel workbook/),
    ]);
  });
});
