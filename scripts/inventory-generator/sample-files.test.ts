import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseImportFile } from '../../src/domain/inventory/parse-import-file.ts';
import type { Permission } from '../../src/domain/inventory/mailbox.ts';
import { resolvePermissions } from '../../src/domain/inventory/resolve-permissions.ts';
import { SAMPLE_FILES } from '../../src/domain/plan/sample-data.ts';
import { sampleFiles } from './sample-exports.ts';

const files = sampleFiles();
const committed = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../public/samples/${name}`, import.meta.url)));

function parsed() {
  const [mailboxFile, ...permissionFiles] = files;
  if (!mailboxFile) throw new Error('no sample files');
  const m = parseImportFile('mailboxes', mailboxFile.bytes, { fileName: mailboxFile.name });
  if (m.kind !== 'mailboxes') throw new Error('not a mailbox result');
  const permissions: Permission[] = [];
  const permissionProblems = [];
  for (const f of permissionFiles) {
    const p = parseImportFile('permissions', f.bytes, { fileName: f.name });
    if (p.kind !== 'permissions') throw new Error('not a permission result');
    permissions.push(...p.result.permissions);
    permissionProblems.push(...p.result.problems);
  }
  return { mailboxes: m.result, permissions, permissionProblems };
}

describe('the sample organisation in public/samples', () => {
  it('is the list of files the app offers', () => {
    expect(files.map((f) => f.name)).toEqual(
      [SAMPLE_FILES.mailboxes, ...SAMPLE_FILES.permissions].map((f) => f.name),
    );
    const urls = [SAMPLE_FILES.mailboxes, ...SAMPLE_FILES.permissions, SAMPLE_FILES.readme];
    for (const f of urls) {
      expect(readFileSync(new URL(`../../public${f.url}`, import.meta.url)).length).toBeGreaterThan(
        0,
      );
    }
  });

  it('is what scripts/make-samples.ts writes (run it after changing the generator)', () => {
    for (const f of files) {
      expect({ name: f.name, same: Buffer.from(committed(f.name)).equals(f.bytes) }).toEqual({
        name: f.name,
        same: true,
      });
    }
  });

  it('holds about 1,200 mailboxes of every kind, with departments, offices and archives', () => {
    const { mailboxes } = parsed();
    expect(mailboxes.problems).toEqual([]);
    expect(mailboxes.summary).toMatchObject({
      rowsRead: 1200,
      accepted: 1200,
      byType: { UserMailbox: 1090, SharedMailbox: 62, RoomMailbox: 40, EquipmentMailbox: 8 },
      // New starters who have not signed in: Get-MailboxStatistics gives them no size.
      sizesUnknown: 3,
    });
    const rows = mailboxes.mailboxes;
    expect(new Set(rows.map((m) => m.office)).size).toBe(6);
    expect(new Set(rows.map((m) => m.department).filter(Boolean)).size).toBe(11);
    const GB = 2 ** 30;
    const veryLarge = rows.filter((m) => (m.sizeBytes ?? 0) > 50 * GB);
    expect(veryLarge.length).toBeGreaterThanOrEqual(5);
    expect(veryLarge.some((m) => (m.sizeBytes ?? 0) > 100 * GB)).toBe(true);
    const archives = rows.filter((m) => m.archiveSizeBytes !== null).length;
    expect(archives).toBeGreaterThan(100);
    expect(archives).toBeLessThan(400);
  });

  it('has delegates, team mailboxes and the odd grant real exports hold', () => {
    const { mailboxes, permissions, permissionProblems } = parsed();
    const resolved = resolvePermissions(permissions, mailboxes.mailboxes);
    const kinds = new Map<string, number>();
    for (const p of resolved.permissions) kinds.set(p.kind, (kinds.get(p.kind) ?? 0) + 1);
    expect(kinds.get('calendar-delegate')).toBeGreaterThanOrEqual(9);
    expect(kinds.get('full-access')).toBeGreaterThan(300);
    expect(kinds.get('send-as')).toBeGreaterThan(100);
    expect(kinds.get('folder')).toBeGreaterThan(50);
    // Two security groups match no mailbox; a deleted account's SID and every calendar's
    // Default and Anonymous entries are skipped.
    expect(resolved.unresolved.map((p) => p.grantee).sort()).toEqual([
      'FABRIKAM\\AP Clerks',
      'FABRIKAM\\Service Desk',
    ]);
    expect(permissionProblems.every((p) => p.severity === 'warning')).toBe(true);
  });
});
