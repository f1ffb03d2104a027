import { describe, expect, it } from 'vitest';
import { parsePermissions } from './parse-permissions.ts';
import { mergePermissionResults } from './merge-permission-results.ts';

describe('mergePermissionResults', () => {
  it('adds up the counts of each export and keeps every row and problem', () => {
    const fullAccess = parsePermissions(
      'Identity,User,AccessRights\na@x.com,b@x.com,FullAccess\nbroken\n',
      { fileName: 'full.csv' },
    );
    const sendAs = parsePermissions('Identity,Trustee,AccessRights\nc@x.com,d@x.com,SendAs\n', {
      fileName: 'send-as.csv',
    });
    const merged = mergePermissionResults([fullAccess, sendAs]);
    expect(merged.permissions.map((p) => p.kind)).toEqual(['full-access', 'send-as']);
    expect(merged.summary).toMatchObject({ rowsRead: 3, accepted: 2, rejected: 1 });
    expect(merged.summary.byKind).toMatchObject({ 'full-access': 1, 'send-as': 1 });
    expect(merged.problems.map((p) => [p.file, p.row])).toEqual([['full.csv', 3]]);
  });
});
