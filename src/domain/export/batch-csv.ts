import { facts } from '../facts.ts';
import type { MigrationMethod } from '../methods/method-list.ts';
import type { Problem } from '../result.ts';
import type { Schedule } from '../schedule/schedule-types.ts';
import { batchEmails } from '../schedule/schedule-view.ts';
import { isFormulaLike, toCsv } from '../csv-cell.ts';
import { batchFileBase } from './file-slug.ts';
import { imapUserName, localPart, type ImapUserNameFormat } from './imap-user-name.ts';

export type BatchCsvOptions = {
  imap?: {
    userName: ImapUserNameFormat;
    /** Adds the optional UserRoot column: `<prefix><local part>`, e.g. `/users/` → `/users/terrya`. */
    userRoot?: { prefix: string };
  };
  /** Staged only. Defaults to false, the only value that works for federated (AD FS) users. */
  staged?: { forceChangePassword: boolean };
};

/** One CSV for one New-MigrationBatch: a whole schedule batch, or one part of a batch over the limit. */
export type BatchCsvFile = {
  /** File name only, e.g. `batch-01-pilot.csv` or `batch-03-sales-part-2.csv`. */
  name: string;
  content: string;
  /** Name for New-MigrationBatch -Name: the file name without `.csv` (at most 64 characters). */
  batchName: string;
  batchId: string;
  part: number;
  parts: number;
  rows: number;
  startAfterUtc: string;
  completeAfterUtc: string;
};

export type BatchCsvResult =
  | { kind: 'csv'; header: string[]; files: BatchCsvFile[]; notes: string[]; problems: Problem[] }
  /** The method takes no batch CSV; `explanation` says what it takes instead. */
  | { kind: 'none'; explanation: string };

type Format = { header: string[]; row: (email: string) => string[]; maxRows: number | null };

const IMAP_MAX_BYTES = 10 * 1024 * 1024;

/*
 * Passwords are never written, not even as a placeholder such as "ChangeMe1!". A placeholder
 * looks like a value: if nobody replaces it, the migration service sends it to the IMAP server
 * as a login (failed logins can lock the source account) or sets it as the staged user's cloud
 * password. An empty cell cannot be mistaken for a real password and makes a forgotten one
 * visible; the export page tells the admin to fill the column just before uploading.
 */
const NO_PASSWORD = '';

const PASSWORD_NOTE =
  'The Password column is left empty on purpose: the planner never stores passwords. Fill it in just before you upload the file, then delete the filled-in copy.';

function formatFor(method: MigrationMethod, options: BatchCsvOptions): Format | string {
  switch (method) {
    case 'staged': {
      const force = options.staged?.forceChangePassword === true ? 'True' : 'False';
      return {
        header: ['EmailAddress', 'Password', 'ForceChangePassword'],
        row: (email) => [email, NO_PASSWORD, force],
        maxRows: facts.stagedMaxRowsPerBatch.value,
      };
    }
    case 'imap': {
      const userName = options.imap?.userName ?? { kind: 'email' };
      const root = options.imap?.userRoot;
      return {
        header: ['EmailAddress', 'UserName', 'Password', ...(root ? ['UserRoot'] : [])],
        row: (email) => [
          email,
          imapUserName(email, userName),
          NO_PASSWORD,
          ...(root ? [`${root.prefix}${localPart(email)}`] : []),
        ],
        maxRows: facts.imapMaxRowsPerBatch.value,
      };
    }
    case 'full-hybrid':
    case 'minimal-hybrid':
    case 'express-hybrid':
    case 'google-workspace':
      // Microsoft publishes no row limit for remote-move or Google batch CSVs (reference §3.4, §3.5).
      return { header: ['EmailAddress'], row: (email) => [email], maxRows: null };
    case 'cutover':
      return 'A cutover migration takes no CSV file: the whole organisation moves in one batch created without -CSVData (reference §3.2). Mailboxes hidden from the address lists are not migrated, so unhide them first.';
    case 'pst-import-network':
    case 'pst-import-drive':
      return 'The Microsoft 365 Import service takes PST mapping files, not migration batch CSVs: see the pst-mapping folder.';
    case 'outlook-pst':
      return 'PST import in Outlook needs no file for Microsoft: each PST is opened in Outlook and imported into the mailbox by hand.';
  }
}

function notesFor(method: MigrationMethod, options: BatchCsvOptions): string[] {
  switch (method) {
    case 'staged':
      return [
        PASSWORD_NOTE,
        options.staged?.forceChangePassword === true
          ? 'ForceChangePassword is True: set it to False for federated (AD FS) users, or provisioning fails with "A Windows Live error occurred" (KB 2845956).'
          : 'ForceChangePassword is False, the value federated (AD FS) users need (KB 2845956).',
        `EmailAddress is the on-premises primary SMTP address. At most ${facts.stagedMaxRowsPerBatch.value} rows per file.`,
      ];
    case 'imap':
      return [
        PASSWORD_NOTE,
        'UserName was derived from each address: check it matches how users (or the admin account) sign in to the IMAP server.',
        `EmailAddress must be an existing, licensed Exchange Online mailbox. At most ${facts.imapMaxRowsPerBatch.value} rows and 10 MB per file.`,
      ];
    case 'google-workspace':
      return [
        'EmailAddress is the Microsoft 365 mail user. Add a Username column only where the Google address differs.',
      ];
    default:
      return [
        'EmailAddress is the Exchange Online mail user that matches each on-premises mailbox.',
      ];
  }
}

function chunk<T>(items: readonly T[], size: number | null): T[][] {
  if (size === null || items.length <= size) return [items.slice()];
  const parts: T[][] = [];
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size));
  return parts;
}

/**
 * The migration batch CSVs of a schedule in Microsoft's exact format for the method: one file
 * per batch, batches over the method's row limit split into part files.
 */
export function batchCsv(
  method: MigrationMethod,
  schedule: Schedule,
  options: BatchCsvOptions = {},
): BatchCsvResult {
  const format = formatFor(method, options);
  if (typeof format === 'string') return { kind: 'none', explanation: format };
  const files: BatchCsvFile[] = [];
  const problems: Problem[] = [];
  const notes = notesFor(method, options);
  const seen = new Map<string, string>();
  schedule.batches.forEach((batch, b) => {
    const where = `schedule.batches[${b}]`;
    const members = batchEmails(schedule, batch);
    if (members.length === 0) {
      notes.push(`Batch "${batch.name}" has no mailboxes, so it has no file.`);
      return;
    }
    members.forEach((email, m) => {
      const other = seen.get(email);
      if (other !== undefined) {
        problems.push({
          path: `${where}.memberIndexes[${m}]`,
          message: `${email} is in batch "${other}" and in batch "${batch.name}": a mailbox can be in only one migration batch.`,
        });
      } else seen.set(email, batch.name);
    });
    // Rows by address, so that an admin can find a person in the file (and a batch split into
    // parts splits into ranges of the alphabet); the scheduler's own member order follows a
    // hash of the address. Code-unit order, not the locale's: the same file everywhere.
    const order = members.map((_, m) => m);
    order.sort((x, y) => (members[x]! < members[y]! ? -1 : members[x]! > members[y]! ? 1 : x - y));
    const rows = order.map((m) => format.row(members[m]!));
    rows.forEach((cells, q) => {
      for (const cell of cells) {
        if (!isFormulaLike(cell)) continue;
        problems.push({
          path: `${where}.memberIndexes[${order[q]}]`,
          message: `"${cell}" starts with a character spreadsheets run as a formula, so the file has it as "'${cell}". Remove the apostrophe in a text editor (not Excel) before uploading, or Microsoft will not find the mailbox.`,
        });
      }
    });
    const parts = chunk(rows, format.maxRows);
    const base = batchFileBase(b, schedule.batches.length, batch.name);
    parts.forEach((partRows, p) => {
      const batchName = parts.length === 1 ? base : `${base}-part-${p + 1}`;
      const content = toCsv(format.header, partRows);
      files.push({
        name: `${batchName}.csv`,
        content,
        batchName,
        batchId: batch.id,
        part: p + 1,
        parts: parts.length,
        rows: partRows.length,
        startAfterUtc: batch.startAfterUtc,
        completeAfterUtc: batch.completeAfterUtc,
      });
      if (method === 'imap' && new TextEncoder().encode(content).length > IMAP_MAX_BYTES) {
        problems.push({
          path: where,
          message: `${batchName}.csv is larger than 10 MB, the most an IMAP migration CSV may be: make the batch smaller.`,
        });
      }
    });
    if (parts.length > 1) {
      notes.push(
        `Batch "${batch.name}" has ${members.length} mailboxes, more than the ${format.maxRows} rows one file may hold, so it is split into ${parts.length} files, each its own migration batch with the same dates.`,
      );
    }
  });
  return { kind: 'csv', header: format.header, files, notes, problems };
}
