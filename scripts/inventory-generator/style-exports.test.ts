import { describe, expect, it } from 'vitest';
import { parseImportFile } from '../../src/domain/inventory/parse-import-file.ts';
import { resolvePermissions } from '../../src/domain/inventory/resolve-permissions.ts';
import { generateOrganisation } from './organisation.ts';
import { STYLES, mailboxExport, permissionExport, type Style } from './style-exports.ts';

const org = generateOrganisation(500, 7, { archiveShare: 0.2 });

function importMailboxes(style: Style) {
  const file = mailboxExport(org, style);
  const parsed = parseImportFile('mailboxes', file.bytes, { fileName: file.name });
  if (parsed.kind !== 'mailboxes') throw new Error('not a mailbox result');
  return { file, parsed };
}

describe('generateOrganisation', () => {
  it('gives the same organisation for the same seed, and another for another seed', () => {
    expect(generateOrganisation(300, 1)).toEqual(generateOrganisation(300, 1));
    const other = generateOrganisation(300, 2);
    expect(other.mailboxes.map((m) => m.email)).not.toEqual(
      generateOrganisation(300, 1).mailboxes.map((m) => m.email),
    );
  });

  it('makes unique addresses, the four recipient types and a long tail of sizes', () => {
    const big = generateOrganisation(5000, 3);
    const emails = new Set(big.mailboxes.map((m) => m.email));
    expect(emails.size).toBe(5000);
    const types = new Set(big.mailboxes.map((m) => m.type));
    expect([...types].sort()).toEqual([
      'EquipmentMailbox',
      'RoomMailbox',
      'SharedMailbox',
      'UserMailbox',
    ]);
    const sizes = big.mailboxes.map((m) => m.sizeBytes ?? 0).sort((a, b) => a - b);
    const median = sizes[2500] ?? 0;
    const largest = sizes[sizes.length - 1] ?? 0;
    expect(median).toBeGreaterThan(1.5 * 2 ** 30);
    expect(median).toBeLessThan(3.5 * 2 ** 30);
    expect(largest).toBeGreaterThan(20 * median);
    expect(largest).toBeLessThanOrEqual(95 * 2 ** 30);
  });

  it('writes names in several scripts, with ASCII aliases', () => {
    const names = generateOrganisation(3000, 5).mailboxes;
    const all = names.map((m) => m.displayName).join(' ');
    expect(all).toMatch(/\p{Script=Cyrillic}/u);
    expect(all).toMatch(/\p{Script=Arabic}/u);
    expect(all).toMatch(/\p{Script=Han}/u);
    expect(all).toMatch(/[À-ž]/u);
    for (const m of names) expect(m.alias).toMatch(/^[a-z0-9.]+$/);
  });
});

describe('mailboxExport, read back by the planner', () => {
  const reference = importMailboxes('ps7').parsed.result;

  it.each(STYLES)('%s: every row accepted, with the exact sizes', (style) => {
    const { parsed } = importMailboxes(style);
    const r = parsed.result;
    expect(r.summary.accepted).toBe(500);
    expect(r.summary.totalBytes).toBe(reference.summary.totalBytes);
    expect(r.mailboxes.map((m) => m.email)).toEqual(org.mailboxes.map((m) => m.email));
    expect(r.mailboxes.map((m) => m.archiveSizeBytes)).toEqual(
      org.mailboxes.map((m) => m.archiveBytes),
    );
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('writes each style as its writer does', () => {
    const text = (style: Style) => importMailboxes(style).file.bytes;
    const ps5 = new TextDecoder().decode(text('ps5'));
    expect(
      ps5.startsWith('#TYPE Selected.Microsoft.Exchange.Data.Mapi.MailboxStatistics\r\n"'),
    ).toBe(true);
    expect([...text('ps5')].every((b) => b < 0x80)).toBe(true);
    expect([...text('utf16').subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(importMailboxes('utf16').parsed.encoding).toBe('utf-16le');
    expect([...text('de').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(text('de'))).toMatch(/;\d+,\d{3} [KMG]B \([\d.]+ Bytes\);/);
    expect(new TextDecoder().decode(text('ex2007'))).toMatch(/,"\d+B",/);
    expect(new TextDecoder().decode(text('ps7'))).not.toContain('#TYPE');
  });

  it("names the ASCII export's lost characters, as for a real Windows PowerShell 5.1 file", () => {
    const problems = importMailboxes('ps5').parsed.result.problems;
    expect(problems).toEqual([
      expect.objectContaining({ row: 0, reason: expect.stringMatching(/-Encoding UTF8/) }),
    ]);
  });
});

describe('permissionExport', () => {
  it('reads back with every right resolved to a mailbox of the inventory', () => {
    const file = permissionExport(org);
    const parsed = parseImportFile('permissions', file.bytes, { fileName: file.name });
    if (parsed.kind !== 'permissions') throw new Error('not a permission result');
    expect(parsed.result.problems).toEqual([]);
    expect(parsed.result.summary.accepted).toBe(org.permissions.length);
    const mailboxes = importMailboxes('ps7').parsed.result.mailboxes;
    const resolved = resolvePermissions(parsed.result.permissions, mailboxes);
    expect(resolved.unresolved).toEqual([]);
    expect(new Set(resolved.permissions.map((p) => p.kind))).toEqual(
      new Set(['full-access', 'calendar-delegate']),
    );
  });
});
