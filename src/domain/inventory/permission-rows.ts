import { classifyPermission } from './classify-permission.ts';
import type { ImportProblem, Permission, PermissionKind } from './mailbox.ts';
import { normalizeAddress } from './normalize-address.ts';
import type { PermissionColumns } from './permission-columns.ts';
import { SkipTally } from './skip-tally.ts';

const TRUE = /^\s*(true|deny)\s*$/i;
const TYPE_NAME = /^(System\.|Microsoft\.Exchange\.)\S*(\[|Collection|List)/;
const LIST_SEPARATOR = /[;\r\n]/;
const SYSTEM_ACCOUNT = /^(NT AUTHORITY\\|S-1-\d|Default$|Anonymous$)/i;

/** A count of 0 for every kind of permission. */
export function emptyByKind(): Record<PermissionKind, number> {
  return { 'calendar-delegate': 0, folder: 0, 'send-as': 0, 'send-on-behalf': 0, 'full-access': 0 };
}

/**
 * What parsePermissions gathers as it reads the rows of one file: the permissions, their count
 * by kind, the rows accepted and rejected, and the skipped ones tallied by reason.
 */
export class PermissionRows {
  readonly permissions: Permission[] = [];
  readonly problems: ImportProblem[] = [];
  readonly byKind = emptyByKind();
  readonly skipped = new SkipTally();
  accepted = 0;
  rejected = 0;
  private readonly file: string;

  constructor(file: string) {
    this.file = file;
  }

  reject(row: number, column: string | undefined, reason: string): void {
    this.rejected++;
    const { file } = this;
    // A problem without a column names none: the key is left out rather than undefined.
    this.problems.push(
      column === undefined
        ? { file, row, reason, severity: 'error' }
        : { file, row, column, reason, severity: 'error' },
    );
  }

  /** Adds a permission unless it is a mailbox's right on itself; false when it was left out. */
  add(row: number, owner: string, grantee: string, kind: PermissionKind, rights: string): boolean {
    const o = identity(owner);
    const g = identity(grantee);
    if (o === g) {
      this.skipped.add('a mailbox’s rights on itself', row);
      return false;
    }
    this.permissions.push({ row, owner: o, grantee: g, kind, rights });
    this.byKind[kind]++;
    return true;
  }
}

/** A `Get-Mailbox | Select ..., GrantSendOnBehalfTo` row: one permission per name of the list. */
export function readSendOnBehalfRow(
  rec: readonly string[],
  row: number,
  owner: string,
  column: number,
  headers: readonly string[],
  out: PermissionRows,
): void {
  const list = (rec[column] as string).trim();
  if (TYPE_NAME.test(list)) {
    out.reject(
      row,
      headers[column],
      `The column holds “${list}” instead of names: export it with @{n='GrantSendOnBehalfTo';e={$_.GrantSendOnBehalfTo -join ';'}}.`,
    );
    return;
  }
  let added = false;
  let named = 0;
  for (const grantee of list.split(LIST_SEPARATOR)) {
    if (grantee.trim() === '') continue;
    named++;
    if (out.add(row, owner, grantee, 'send-on-behalf', 'SendOnBehalf')) added = true;
  }
  if (added) out.accepted++;
  else if (named === 0) out.skipped.add('nobody may send on behalf of this mailbox', row);
}

/**
 * A row naming one grantee's rights (Get-MailboxPermission, Get-RecipientPermission,
 * Get-MailboxFolderPermission). `flagsAt` is the sharing flags' column, -1 when it says nothing.
 */
export function readGranteeRow(
  rec: readonly string[],
  row: number,
  owner: string,
  c: PermissionColumns,
  flagsAt: number,
  out: PermissionRows,
): void {
  const grantee = (rec[c.grantee] as string).trim();
  if (grantee === '' || SYSTEM_ACCOUNT.test(grantee)) {
    out.skipped.add(
      grantee === ''
        ? 'no user named'
        : 'the right is held by a system account or built-in entry (NT AUTHORITY\\SELF, SIDs, Default, Anonymous)',
      row,
    );
    return;
  }
  if (c.inherited >= 0 && TRUE.test(rec[c.inherited] as string)) {
    out.skipped.add(
      'the right is inherited (from the database or organisation), not given to this mailbox',
      row,
    );
    return;
  }
  if (c.deny >= 0 && TRUE.test(rec[c.deny] as string)) {
    out.skipped.add('the entry denies a right rather than granting it', row);
    return;
  }
  const result = classifyPermission({
    owner,
    rights: c.rights >= 0 ? (rec[c.rights] as string) : '',
    folder: c.folder >= 0 ? (rec[c.folder] as string).trim() : '',
    flags: flagsAt >= 0 ? (rec[flagsAt] as string) : null,
  });
  if ('skip' in result) out.skipped.add(result.skip, row);
  else if (out.add(row, result.owner, grantee, result.kind, result.rights)) out.accepted++;
}

/** Addresses are lower-cased; other identities (CONTOSO\jdoe, names) stay for resolvePermissions. */
function identity(raw: string): string {
  return normalizeAddress(raw) ?? raw.trim();
}
