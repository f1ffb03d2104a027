import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { parsePermissions } from './parse-permissions.ts';

const parse = (text: string) => parsePermissions(text, { fileName: 'perm.csv' });
const warnings = (r: ReturnType<typeof parse>) =>
  r.problems.filter((p) => p.severity === 'warning').map((p) => p.reason);

describe('parsePermissions', () => {
  it('reads the Identity,User,AccessRights fixture', () => {
    const text = readFileSync(
      new URL('../../testing/fixtures/permissions-2000.csv', import.meta.url),
      'utf8',
    );
    const r = parse(text);
    expect(r.problems).toEqual([]);
    expect(r.summary.rowsRead).toBe(r.summary.accepted);
    expect(r.permissions[0]).toEqual({
      row: 2,
      owner: 'shared30@contoso.com',
      grantee: 'ximena.kim@contoso.com',
      kind: 'full-access',
      rights: 'FullAccess',
    });
    const calendar = r.permissions.find((p) => p.kind === 'calendar-delegate');
    expect(calendar?.owner).not.toContain(':\\');
    expect(r.summary.byKind['calendar-delegate']).toBeGreaterThan(0);
    expect(r.summary.byKind['full-access']).toBeGreaterThan(r.summary.byKind['calendar-delegate']);
  });

  it('reads Get-MailboxPermission: skips SELF, inherited and Deny rows with one note each', () => {
    const text = [
      '#TYPE Microsoft.Exchange.Management.RecipientTasks.MailboxAcePresentationObject',
      '"Identity","User","AccessRights","IsInherited","Deny"',
      '"contoso.com/Users/Boss","NT AUTHORITY\\SELF","{FullAccess, ReadPermission}","False","False"',
      '"contoso.com/Users/Boss","CONTOSO\\jdoe","{FullAccess}","False","False"',
      '"contoso.com/Users/Boss","CONTOSO\\Exchange Servers","{FullAccess}","True","False"',
      '"contoso.com/Users/Boss","CONTOSO\\mallory","{FullAccess}","False","True"',
      '"contoso.com/Users/Boss","CONTOSO\\reader","{ReadPermission}","False","False"',
      '"contoso.com/Users/Boss","NT AUTHORITY\\SELF","{FullAccess}","False","False"',
    ].join('\r\n');
    const r = parse(text);
    expect(r.permissions).toEqual([
      {
        row: 4,
        owner: 'contoso.com/Users/Boss',
        grantee: 'CONTOSO\\jdoe',
        kind: 'full-access',
        rights: 'FullAccess',
      },
    ]);
    expect(r.summary).toMatchObject({ rowsRead: 6, accepted: 1, skipped: 5, rejected: 0 });
    expect(warnings(r)).toEqual([
      expect.stringMatching(/^2 rows skipped: .*system account.*\(rows 3, 8\)/),
      expect.stringMatching(/^Row skipped: the right is inherited/),
      expect.stringMatching(/^Row skipped: the entry denies/),
      expect.stringMatching(/^Row skipped: rights “ReadPermission” do not link/),
    ]);
    expect(r.problems[0]?.row).toBe(3);
  });

  it('reads Get-RecipientPermission as Send As', () => {
    const r = parse(
      'Identity,Trustee,AccessControlType,AccessRights,IsInherited\nBoss,ann@x.com,Allow,SendAs,False\nBoss,NT AUTHORITY\\SELF,Allow,SendAs,False\nBoss,eve@x.com,Deny,SendAs,False\n',
    );
    expect(r.permissions).toEqual([
      { row: 2, owner: 'Boss', grantee: 'ann@x.com', kind: 'send-as', rights: 'SendAs' },
    ]);
    expect(r.summary.skipped).toBe(2);
  });

  it('reads Get-MailboxFolderPermission: Delegate flag → calendar-delegate, others → folder', () => {
    const r = parse(
      [
        'Identity,FolderName,User,AccessRights,SharingPermissionFlags',
        'boss@x.com:\\Calendar,Calendar,Ann Assistant,{Editor},Delegate',
        'boss@x.com:\\Calendar,Calendar,Bob,{Reviewer},',
        'boss@x.com:\\Calendar,Calendar,Default,{AvailabilityOnly},',
        'boss@x.com:\\Calendar,Calendar,Anonymous,{None},',
        'boss@x.com:\\Inbox,Inbox,Cy,{Editor},',
        'boss@x.com:\\Calendar,Calendar,Dee,{None},',
      ].join('\n'),
    );
    expect(r.permissions.map((p) => [p.row, p.owner, p.grantee, p.kind])).toEqual([
      [2, 'boss@x.com', 'Ann Assistant', 'calendar-delegate'],
      [3, 'boss@x.com', 'Bob', 'folder'],
      [6, 'boss@x.com', 'Cy', 'folder'],
    ]);
    expect(warnings(r)).toContainEqual(expect.stringMatching(/folder rights “None”/));
  });

  it('reads an Exchange Server calendar export, whose SharingPermissionFlags are all empty, as one without them', () => {
    const r = parse(
      [
        'Identity,FolderName,User,AccessRights,SharingPermissionFlags',
        'boss@x.com:\\Calendar,Calendar,Default,AvailabilityOnly,',
        'boss@x.com:\\Calendar,Calendar,Ann Assistant,Editor,',
        'boss@x.com:\\Calendar,Calendar,Bob,Reviewer,',
      ].join('\n'),
    );
    expect(r.permissions.map((p) => [p.grantee, p.kind])).toEqual([
      ['Ann Assistant', 'calendar-delegate'],
      ['Bob', 'folder'],
    ]);
  });

  it('reads GrantSendOnBehalfTo exports joined with ;', () => {
    const r = parse(
      'Name,PrimarySmtpAddress,GrantSendOnBehalfTo\nBoss,Boss@X.com,ann@x.com;CONTOSO\\bob\nAnn,ann@x.com,\nCy,cy@x.com,System.Collections.ArrayList\n',
    );
    expect(r.permissions.map((p) => [p.owner, p.grantee, p.kind])).toEqual([
      ['boss@x.com', 'ann@x.com', 'send-on-behalf'],
      ['boss@x.com', 'CONTOSO\\bob', 'send-on-behalf'],
    ]);
    expect(r.problems).toContainEqual(
      expect.objectContaining({
        row: 4,
        severity: 'error',
        reason: expect.stringMatching(/-join/),
      }),
    );
    expect(r.summary).toMatchObject({ rowsRead: 3, accepted: 1, skipped: 1, rejected: 1 });
  });

  it('notes rights on oneself and empty rows; rejects malformed rows with their row', () => {
    const r = parse(
      'Identity,User,AccessRights\na@x.com,b@x.com,FullAccess\nA@x.com,A@X.com,FullAccess\n,,\na@x.com,b@x.com\n',
    );
    expect(r.permissions).toHaveLength(1);
    expect(warnings(r)).toEqual([
      expect.stringMatching(/Row skipped: a mailbox’s rights on itself/),
      expect.stringMatching(/Row skipped: empty row/),
    ]);
    expect(r.problems).toContainEqual(
      expect.objectContaining({
        row: 5,
        severity: 'error',
        reason: expect.stringMatching(/Wrong number of fields/),
      }),
    );
  });

  it('reports missing columns once', () => {
    const r = parse('Identity,Rights\nx,y\n');
    expect(r.problems).toEqual([
      expect.objectContaining({
        row: 1,
        severity: 'error',
        reason: expect.stringMatching(/User or Trustee/),
      }),
    ]);
    expect(r.summary).toMatchObject({ rowsRead: 1, accepted: 0, rejected: 0, skipped: 1 });
  });
});
