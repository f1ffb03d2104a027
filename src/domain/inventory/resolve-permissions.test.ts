import { describe, it, expect } from 'vitest';
import type { Mailbox, Permission } from './mailbox.ts';
import { resolvePermissions } from './resolve-permissions.ts';

const mailbox = (email: string, displayName: string): Mailbox => ({
  row: 2,
  email,
  displayName,
  type: 'UserMailbox',
  sizeBytes: 1,
  itemCount: 1,
  archiveSizeBytes: null,
  department: '',
  office: '',
  database: '',
});
const perm = (
  row: number,
  owner: string,
  grantee: string,
  kind: Permission['kind'] = 'full-access',
): Permission => ({
  row,
  owner,
  grantee,
  kind,
  rights: 'FullAccess',
});

const mailboxes = [
  mailbox('boss@x.com', 'The Boss'),
  mailbox('jdoe@x.com', 'Jane Doe'),
  mailbox('ann@x.com', 'Ann Lee'),
  mailbox('ann@y.com', 'Ann Lee'),
];

describe('resolvePermissions', () => {
  it('resolves addresses, DOMAIN\\alias, aliases, display names and canonical names', () => {
    const r = resolvePermissions(
      [
        perm(2, 'boss@x.com', 'CONTOSO\\jdoe'),
        perm(3, 'contoso.com/Users/The Boss', 'jdoe', 'send-as'),
        perm(4, 'BOSS@X.COM', 'Jane Doe', 'calendar-delegate'),
      ],
      mailboxes,
    );
    expect(r.permissions.map((p) => [p.row, p.owner, p.grantee, p.kind])).toEqual([
      [2, 'boss@x.com', 'jdoe@x.com', 'full-access'],
      [3, 'boss@x.com', 'jdoe@x.com', 'send-as'],
      [4, 'boss@x.com', 'jdoe@x.com', 'calendar-delegate'],
    ]);
    expect(r.problems).toEqual([]);
  });

  it('reports unknown and ambiguous identities once each, as warnings', () => {
    const r = resolvePermissions(
      [
        perm(2, 'boss@x.com', 'CONTOSO\\Exchange Admins'),
        perm(3, 'jdoe@x.com', 'CONTOSO\\Exchange Admins'),
        perm(4, 'boss@x.com', 'Ann Lee'),
        perm(5, 'gone@x.com', 'jdoe@x.com'),
      ],
      mailboxes,
      { fileName: 'perm.csv' },
    );
    expect(r.permissions).toEqual([]);
    expect(r.unresolved).toHaveLength(4);
    expect(r.problems).toEqual([
      expect.objectContaining({
        file: 'perm.csv',
        row: 2,
        severity: 'warning',
        reason: expect.stringMatching(
          /“CONTOSO\\Exchange Admins” matches no mailbox.*2 permission/,
        ),
      }),
      expect.objectContaining({
        row: 4,
        reason: expect.stringMatching(/several mailboxes \(ann@x\.com, ann@y\.com\)/),
      }),
      expect.objectContaining({
        row: 5,
        reason: expect.stringMatching(/“gone@x\.com” matches no mailbox/),
      }),
    ]);
  });

  it('merges permissions that name the same pair under different names, with a note', () => {
    const r = resolvePermissions(
      [
        perm(2, 'boss@x.com', 'jdoe'),
        perm(3, 'The Boss', 'jdoe@x.com'),
        perm(4, 'jdoe', 'Jane Doe'),
      ],
      mailboxes,
    );
    expect(r.permissions).toHaveLength(1);
    expect(r.problems).toEqual([
      expect.objectContaining({ reason: expect.stringMatching(/^2 permission\(s\)/) }),
    ]);
  });

  it('keeps the same two mailboxes apart by kind and by direction', () => {
    const r = resolvePermissions(
      [
        perm(2, 'boss@x.com', 'jdoe@x.com'),
        perm(3, 'jdoe@x.com', 'boss@x.com'),
        perm(4, 'boss@x.com', 'jdoe@x.com', 'send-as'),
        perm(5, 'BOSS@x.com ', 'jdoe@x.com'),
        perm(6, 'ann@y.com', 'boss@x.com', 'calendar-delegate'),
      ],
      mailboxes,
    );
    expect(r.permissions.map((p) => p.row)).toEqual([2, 3, 4, 6]);
    expect(r.permissions[0]).toMatchObject({ owner: 'boss@x.com', grantee: 'jdoe@x.com' });
    expect(r.problems).toEqual([
      expect.objectContaining({ reason: expect.stringMatching(/^1 permission\(s\)/) }),
    ]);
  });
});
