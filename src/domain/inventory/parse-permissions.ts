import { isBlank } from './blank-record.ts';
import type { ImportProblem, Permission, PermissionKind } from './mailbox.ts';
import { findPermissionColumns } from './permission-columns.ts';
import type { PermissionColumns } from './permission-columns.ts';
import {
  emptyByKind,
  PermissionRows,
  readGranteeRow,
  readSendOnBehalfRow,
} from './permission-rows.ts';
import { readCsv } from './read-csv.ts';

export { emptyByKind };

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

export type PermissionsResult = {
  permissions: Permission[];
  problems: ImportProblem[];
  summary: PermissionsSummary;
};

const PROGRESS_EVERY = 5000;

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
  const n = records.length;
  const missing = missingColumns(c);
  if (missing.length > 0) {
    const problems: ImportProblem[] = [
      {
        file,
        row: table.headerLine,
        reason: `Missing required column: no column holds ${missing.join(', ')}.${n > 0 ? ` None of the ${n} rows was imported.` : ''}`,
        severity: 'error',
      },
    ];
    return { permissions: [], problems, summary: summary(n, 0, 0, emptyByKind()) };
  }
  // Exchange Server has no sharing flags: its exports have the column, always empty. Such a
  // column says nothing, so Editor on a calendar is read as a delegate, as without one.
  const flagsAt =
    c.flags >= 0 && records.some((r) => String(r[c.flags] ?? '').trim() !== '') ? c.flags : -1;
  const out = new PermissionRows(file);

  for (let i = 0; i < n; i++) {
    if (onProgress !== undefined && i % PROGRESS_EVERY === 0) onProgress(i, n);
    const rec = records[i] as string[];
    const row = lineOf(i);
    const broken = table.brokenRecords.size > 0 ? table.brokenRecords.get(i) : undefined;
    if (broken !== undefined || rec.length !== headers.length || rec[c.owner] === '') {
      if (broken === undefined && isBlank(rec)) out.skipped.add('empty row', row);
      else
        out.reject(
          row,
          undefined,
          broken ??
            `Wrong number of fields: this row has ${rec.length} values but the header has ${headers.length}.`,
        );
      continue;
    }
    const owner = (rec[c.owner] as string).trim();
    if (owner === '') out.reject(row, headers[c.owner], 'No mailbox named.');
    else if (c.sendOnBehalf >= 0)
      readSendOnBehalfRow(rec, row, owner, c.sendOnBehalf, headers, out);
    else readGranteeRow(rec, row, owner, c, flagsAt, out);
  }
  onProgress?.(n, n);
  const { permissions, problems, byKind } = out;
  problems.push(...out.skipped.problems(file));
  return { permissions, problems, summary: summary(n, out.accepted, out.rejected, byKind) };
}

/** What the export lacks to say whose right it is, who holds it, and which right. */
function missingColumns(c: PermissionColumns): string[] {
  return [
    c.owner < 0 ? 'the mailbox (Identity)' : '',
    c.grantee < 0 && c.sendOnBehalf < 0 ? 'who holds the right (User or Trustee)' : '',
    c.rights < 0 && c.sendOnBehalf < 0 ? 'the rights (AccessRights)' : '',
  ].filter((m) => m !== '');
}

function summary(
  rowsRead: number,
  accepted: number,
  rejected: number,
  byKind: Record<PermissionKind, number>,
): PermissionsSummary {
  return { rowsRead, accepted, skipped: rowsRead - accepted - rejected, rejected, byKind };
}
