import { describe, expect, it } from 'vitest';
import { mailbox } from '../../domain/schedule/schedule-test-data.ts';
import type { StoredInventory } from '../../store/inventory-db.ts';
import { permissionResolution } from './permission-resolution.ts';

const inventory = (): StoredInventory => ({
  mailboxes: [mailbox(0), mailbox(1)],
  mailboxProblems: [],
  permissions: [
    { row: 2, owner: 'u0@x.test', grantee: 'u1', kind: 'full-access', rights: 'FullAccess' },
    { row: 3, owner: 'u0@x.test', grantee: 'CONTOSO\\gone', kind: 'send-as', rights: '' },
  ],
  permissionProblems: [],
});

describe('permissionResolution', () => {
  it('counts linked and unresolved permissions and keeps the warnings with their rows', () => {
    const r = permissionResolution(inventory(), 'perm.csv');
    expect(r).toMatchObject({ linked: 1, unresolved: 1 });
    expect(r?.warnings).toEqual([
      expect.objectContaining({ file: 'perm.csv', row: 3, severity: 'warning' }),
    ]);
  });

  it('resolves an inventory once per file name, and a new inventory again', () => {
    const inv = inventory();
    const first = permissionResolution(inv, 'perm.csv');
    expect(permissionResolution(inv, 'perm.csv')).toBe(first);
    expect(permissionResolution(inv, 'other.csv')?.warnings[0]?.file).toBe('other.csv');
    const next = { ...inv, permissions: inv.permissions.slice(0, 1) };
    expect(permissionResolution(next, 'perm.csv')).toMatchObject({ linked: 1, unresolved: 0 });
  });

  it('is null without permissions or without mailboxes', () => {
    expect(permissionResolution({ ...inventory(), permissions: [] }, 'p.csv')).toBeNull();
    expect(permissionResolution({ ...inventory(), mailboxes: [] }, 'p.csv')).toBeNull();
  });
});
