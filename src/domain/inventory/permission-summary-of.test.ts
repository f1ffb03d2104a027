import { describe, expect, it } from 'vitest';
import type { Permission } from './mailbox.ts';
import { permissionSummaryOf } from './permission-summary-of.ts';

const permission = (kind: Permission['kind'], row: number): Permission => ({
  row,
  owner: 'a@contoso.com',
  grantee: 'b@contoso.com',
  kind,
  rights: 'FullAccess',
});

describe('permissionSummaryOf', () => {
  const permissions = [
    permission('full-access', 2),
    permission('send-as', 3),
    permission('full-access', 4),
  ];

  it('counts the stored permissions by kind, the rest from what the plan remembers', () => {
    expect(permissionSummaryOf(permissions, { rows: 5, accepted: 3 })).toEqual({
      rowsRead: 5,
      accepted: 3,
      skipped: 0,
      rejected: 2,
      byKind: {
        'calendar-delegate': 0,
        folder: 0,
        'send-as': 1,
        'send-on-behalf': 0,
        'full-access': 2,
      },
    });
  });

  it('takes the stored rows as all there were without a file', () => {
    expect(permissionSummaryOf(permissions, null)).toMatchObject({
      rowsRead: 3,
      accepted: 3,
      rejected: 0,
    });
  });
});
