import { classifyPermission } from './classify-permission.ts';
import type { ImportProblem, Permission, PermissionKind } from './mailbox.ts';
import { normalizeAddress } from './normalize-address.ts';
import { findPermissionColumns } from './permission-columns.ts';
import { readCsv } from './read-csv.ts';
import { SkipTally } from './skip-tally.ts';

export type PermissionsSummary = {
  /** Data rows in the file = accepted + skipped + rejected. */
  rowsRead: number;
  /** Rows that gave at least one permission. */
  accepted: number;
  /** Rows left out on purpose (own rights, inherited, deny, duplicates...), with a note. */
  skipped: number;
  /** Rows that could not be read, each with an error naming its row. */
  rejected: number;
  byKind: Record<PermissionKind, number>;
};

/** A count of 0 for every kind of permission. */
export function emptyByKind(): Record<PermissionKind, number> {
  return { 'calendar-delegate': 0, folder: 0, 'send-as': 0, 'send-on-behalf': 0, 'full-access': 0 };
}

export type PermissionsResult = {
  permissions: Permission[];
  problems: ImportProblem[];
  summary: PermissionsSummary;
};

const PROGRESS_EVERY = 5000;
const TRUE = /^\s*(true|deny)\s*$/i;
const TYPE_NAME = /^(System\.|Microsoft\.Exchange\.)\S*(\[|Collection|List)/;
const LIST_SEPARATOR = /[;\r\n]/;
const SYSTEM_ACCOUNT = /^(NT AUTHORITY\\|S-1-\d|Default$|Anonymous$)/i;

/**
 * Reads permission exports: Get-MailboxPermission, Get-RecipientPermission (Send As),
 * Get-MailboxFolderPermission (calendar delegates), `Get-Mailbox | Select ...,
 * GrantSendOnBehalfTo`, and the plain `Identity,User,AccessRights` form.
 */
export function parsePermissions(
  text: string,
  options: { fileName: string; onProgress?: (rowsDone: number, totalEstimate: number) => void },
): PermissionsResult {
  const { fileName: file, onProgress } = options;
  const table = readCsv(text);
  const { headers, records, lineOf } = table;
  const c = findPermissionColumns(headers);
  const problems: ImportProblem[] = [];
  const skipped = new SkipTally();
  const permissions: Permission[] = [];
  const byKind = emptyByKind();
  const n = records.length;
  // Exchange Server has no sharing flags: its exports have the column, always empty. Such a
  // column says nothing, so Editor on a calendar is read as a delegate, as without one.
  const flagsAt =
    c.flags >= 0 && records.some((r) => String(r[c.flags] ?? '').trim() !== '') ? c.flags : -1;
  const missing = [
    c.owner < 0 ? 'the mailbox (Identity)' : '',
    c.grantee < 0 && c.sendOnBehalf < 0 ? 'who holds the right (User or Trustee)' : '',
    c.rights < 0 && c.sendOnBehalf < 0 ? 'the rights (AccessRights)' : '',
  ].filter((m) => m !== '');
  if (missing.length > 0) {
    problems.push({
      file,
      row: table.headerLine,
      reason: `Missing required column: no column holds ${missing.join(', ')}.${n > 0 ? ` None of the ${n} rows was imported.` : ''}`,
      severity: 'error',
    });
    return { permissions, problems, summary: summary(n, 0, 0, byKind) };
  }
  let accepted = 0;
  let rejected = 0;
  const add = (
    row: number,
    owner: string,
    grantee: string,
    kind: PermissionKind,
    rights: string,
  ): boolean => {
    const o = identity(owner);
    const g = identity(grantee);
    if (o === g) {
      skipped.add('a mailbox’s rights on itself', row);
      return false;
    }
    permissions.push({ row, owner: o, grantee: g, kind, rights });
    byKind[kind]++;
    return true;
  };

  for (let i = 0; i < n; i++) {
    if (onProgress !== undefined && i % PROGRESS_EVERY === 0) onProgress(i, n);
    const rec = records[i] as string[];
    const row = lineOf(i);
    const broken = table.brokenRecords.size > 0 ? table.brokenRecords.get(i) : undefined;
    if (broken !== undefined || rec.length !== headers.length || rec[c.owner] === '') {
      if (broken === undefined && isBlank(rec)) skipped.add('empty row', row);
      else {
        rejected++;
        problems.push({
          file,
          row,
          reason:
            broken ??
            `Wrong number of fields: this row has ${rec.length} values but the header has ${headers.length}.`,
          severity: 'error',
        });
      }
      continue;
    }
    const owner = (rec[c.owner] as string).trim();
    if (owner === '') {
      rejected++;
      problems.push({
        file,
        row,
        column: headers[c.owner],
        reason: 'No mailbox named.',
        severity: 'error',
      });
      continue;
    }
    if (c.sendOnBehalf >= 0) {
      const list = (rec[c.sendOnBehalf] as string).trim();
      if (TYPE_NAME.test(list)) {
        rejected++;
        problems.push({
          file,
          row,
          column: headers[c.sendOnBehalf],
          reason: `The column holds “${list}” instead of names: export it with @{n='GrantSendOnBehalfTo';e={$_.GrantSendOnBehalfTo -join ';'}}.`,
          severity: 'error',
        });
        continue;
      }
      let added = false;
      let named = 0;
      for (const grantee of list.split(LIST_SEPARATOR)) {
        if (grantee.trim() === '') continue;
        named++;
        if (add(row, owner, grantee, 'send-on-behalf', 'SendOnBehalf')) added = true;
      }
      if (added) accepted++;
      else if (named === 0) skipped.add('nobody may send on behalf of this mailbox', row);
      continue;
    }
    const grantee = (rec[c.grantee] as string).trim();
    if (grantee === '' || SYSTEM_ACCOUNT.test(grantee)) {
      skipped.add(
        grantee === ''
          ? 'no user named'
          : 'the right is held by a system account or built-in entry (NT AUTHORITY\\SELF, SIDs, Default, Anonymous)',
        row,
      );
      continue;
    }
    if (c.inherited >= 0 && TRUE.test(rec[c.inherited] as string)) {
      skipped.add(
        'the right is inherited (from the database or organisation), not given to this mailbox',
        row,
      );
      continue;
    }
    if (c.deny >= 0 && TRUE.test(rec[c.deny] as string)) {
      skipped.add('the entry denies a right rather than granting it', row);
      continue;
    }
    const result = classifyPermission({
      owner,
      rights: c.rights >= 0 ? (rec[c.rights] as string) : '',
      folder: c.folder >= 0 ? (rec[c.folder] as string).trim() : '',
      flags: flagsAt >= 0 ? (rec[flagsAt] as string) : null,
    });
    if ('skip' in result) skipped.add(result.skip, row);
    else if (add(row, result.owner, grantee, result.kind, result.rights)) accepted++;
  }
  onProgress?.(n, n);
  problems.push(...skipped.problems(file));
  return { permissions, problems, summary: summary(n, accepted, rejected, byKind) };
}

/** Addresses are lower-cased; other identities (CONTOSO\jdoe, names) stay for resolvePermissions. */
function identity(raw: string): string {
  return normalizeAddress(raw) ?? raw.trim();
}

function isBlank(rec: readonly string[]): boolean {
  for (const v of rec) if (v.trim() !== '') return false;
  return true;
}

function summary(
  rowsRead: number,
  accepted: number,
  rejected: number,
  byKind: Record<PermissionKind, number>,
): PermissionsSummary {
  return { rowsRead, accepted, skipped: rowsRead - accepted - rejected, rejected, byKind };
}
