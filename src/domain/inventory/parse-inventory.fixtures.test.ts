import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { decodeBytes } from './decode-bytes.ts';
import { parseInventory } from './parse-inventory.ts';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../testing/fixtures/${name}`, import.meta.url)));

const importBytes = (bytes: Uint8Array, fileName: string) => {
  const decoded = decodeBytes(bytes);
  return { decoded, result: parseInventory(decoded.text, { fileName }) };
};

/** Export-Csv -Encoding Unicode: UTF-16 LE with BOM. */
const utf16le = (text: string) => {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    out[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    out[3 + 2 * i] = text.charCodeAt(i) >> 8;
  }
  return out;
};

describe('parseInventory on real-shaped exports', () => {
  const ps7 = importBytes(fixture('mailboxes-2000-ps7.csv'), 'ps7.csv').result;

  it('PowerShell 7 (UTF-8, quoted only where needed, CRLF): all 2,000 rows', () => {
    expect(ps7.problems).toEqual([]);
    expect(ps7.summary).toMatchObject({
      rowsRead: 2000,
      accepted: 2000,
      rejected: 0,
      byType: { UserMailbox: 1756, SharedMailbox: 170, RoomMailbox: 46, EquipmentMailbox: 28 },
      totalBytes: 8_732_461_824_078,
      totalItems: 113_386_742,
      largest: { email: 'dana.haddad3@contoso.com', sizeBytes: 102_005_473_280, row: 1051 },
    });
    expect(ps7.mailboxes[0]).toEqual({
      row: 2,
      displayName: 'Kowalski, Uma',
      email: 'uma.kowalski@contoso.com',
      type: 'UserMailbox',
      sizeBytes: 428_125_298,
      itemCount: 7006,
      archiveSizeBytes: null,
      department: 'Operations',
      office: 'Berlin',
      database: 'DB02',
    });
    expect(ps7.mailboxes[2]?.displayName).toBe('Omar Müller');
  });

  it('Windows PowerShell 5.1 (ASCII, #TYPE, all quoted): same mailboxes, rows one lower', () => {
    const { decoded, result } = importBytes(fixture('mailboxes-2000-ps5.csv'), 'ps5.csv');
    expect(decoded.encoding).toBe('utf-8');
    expect(result.summary).toEqual({
      ...ps7.summary,
      largest: { ...ps7.summary.largest, row: 1052 },
    });
    expect(result.mailboxes[0]?.row).toBe(3);
    expect(result.mailboxes.map((m) => m.email)).toEqual(ps7.mailboxes.map((m) => m.email));
    // Only the ASCII "?" warning: no row problems.
    expect(result.problems).toEqual([
      expect.objectContaining({
        row: 0,
        severity: 'warning',
        reason: expect.stringMatching(/-Encoding UTF8/),
      }),
    ]);
  });

  it('UTF-16 LE with BOM: same result as UTF-8', () => {
    const text = new TextDecoder().decode(fixture('mailboxes-2000-ps7.csv'));
    const { decoded, result } = importBytes(utf16le(text), 'utf16.csv');
    expect(decoded.encoding).toBe('utf-16le');
    expect(result.mailboxes).toEqual(ps7.mailboxes);
  });

  it('Excel, German: UTF-8 BOM, semicolons, “6,582 GB (7.067.736.661 Bytes)”', () => {
    const { decoded, result } = importBytes(fixture('mailboxes-300-excel-de.csv'), 'de.csv');
    expect(decoded.hadBom).toBe(true);
    expect(result.problems).toEqual([]);
    expect(result.summary).toMatchObject({ rowsRead: 300, accepted: 300, sizesUnknown: 0 });
    expect(result.mailboxes[0]).toMatchObject({
      row: 2,
      displayName: 'Søren Novak',
      sizeBytes: 7_067_736_661,
      itemCount: 119301,
    });
  });

  it('Exchange 2007 (“nnnB” sizes): exact byte counts', () => {
    // The ps5 fixture rewritten the way scripts/gen-inventory.ts --style ex2007 writes sizes.
    const text = new TextDecoder()
      .decode(fixture('mailboxes-2000-ps5.csv'))
      .replace(
        /"[\d.]+ [KMGT]?B \(([\d,]+) bytes\)"/g,
        (_, n: string) => `"${n.replace(/,/g, '')}B"`,
      );
    expect(text).toContain('"428125298B"');
    const { result } = importBytes(new TextEncoder().encode(text), 'ex2007.csv');
    expect(result.summary.totalBytes).toBe(ps7.summary.totalBytes);
    expect(result.summary.accepted).toBe(2000);
  });
});
