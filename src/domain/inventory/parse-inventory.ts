import { mapColumns, headerUnit } from './column-mapping.ts';
import type { ColumnMapping, MailboxField } from './column-mapping.ts';
import { fileLevelProblems } from './file-level-problems.ts';
import type { ImportProblem, Mailbox } from './mailbox.ts';
import { normalizeAddress } from './normalize-address.ts';
import { parseCount } from './parse-count.ts';
import { parseSize } from './parse-size.ts';
import { readCsv } from './read-csv.ts';
import { summarizeInventory } from './summarize-inventory.ts';
import type { InventorySummary } from './summarize-inventory.ts';
import { toRecipientType } from './to-recipient-type.ts';

export type ParseInventoryOptions = {
  fileName: string;
  mapping?: ColumnMapping;
  onProgress?: (rowsDone: number, totalEstimate: number) => void;
};

export type InventoryResult = {
  mailboxes: Mailbox[];
  /** Severity 'error': the row was not imported. 'warning': imported, with something to check. */
  problems: ImportProblem[];
  summary: InventorySummary;
  /** The file's headers, for the mapping screen. */
  columns: string[];
  mapping: ColumnMapping;
};

const PROGRESS_EVERY = 5000;

/**
 * Reads a mailbox inventory export into Mailboxes. Every row ends up either as a Mailbox or in
 * a problem that names its line; the first of two rows with the same address wins.
 */
export function parseInventory(text: string, options: ParseInventoryOptions): InventoryResult {
  const { fileName: file, onProgress } = options;
  const table = readCsv(text);
  const { headers: columns, records, lineOf } = table;
  const match = mapColumns(columns, options.mapping);
  const { mapping } = match;
  const n = records.length;
  const problems = fileLevelProblems(file, table.headerLine, columns, match, n);
  const fail = (row: number, column: string | undefined, reason: string): void => {
    problems.push({ file, row, column, reason, severity: 'error' });
  };
  const warn = (row: number, column: string | undefined, reason: string): void => {
    problems.push({ file, row, column, reason, severity: 'warning' });
  };
  if (match.unmappedRequired.length > 0) {
    return { mailboxes: [], problems, summary: summarizeInventory([], n), columns, mapping };
  }

  const at = (field: MailboxField): number => {
    const header = mapping[field];
    return header === undefined ? -1 : columns.indexOf(header);
  };
  const emailAt = at('email');
  const nameAt = at('displayName');
  const typeAt = at('type');
  const sizeAt = at('sizeBytes');
  const itemsAt = at('itemCount');
  const archiveAt = at('archiveSizeBytes');
  const deptAt = at('department');
  const officeAt = at('office');
  const dbAt = at('database');
  const emailCol = mapping.email;
  const sizeUnit = sizeAt < 0 ? 1 : headerUnit(mapping.sizeBytes ?? '');
  const archiveUnit = archiveAt < 0 ? 1 : headerUnit(mapping.archiveSizeBytes ?? '');
  const width = columns.length;
  const broken = table.brokenRecords;
  const delimiterName =
    table.delimiter === ';' ? 'semicolon' : table.delimiter === ',' ? 'comma' : 'delimiter';
  const seen = new Map<string, number>();
  const mailboxes: Mailbox[] = [];
  let approximate = 0;
  let firstApproximate = 0;
  let questionMarks = 0;

  for (let i = 0; i < n; i++) {
    if (onProgress !== undefined && i % PROGRESS_EVERY === 0) onProgress(i, n);
    const rec = records[i] as string[];
    const row = lineOf(i);
    if (broken.size > 0 && broken.has(i)) {
      fail(row, undefined, broken.get(i) ?? '');
      continue;
    }
    if (rec.length !== width) {
      if (isBlank(rec)) warn(row, undefined, 'Empty row: skipped.');
      else
        fail(
          row,
          undefined,
          `Wrong number of fields: this row has ${rec.length} values but the header has ${width}. ` +
            (rec.length > width
              ? `A value containing a ${delimiterName} may be missing its quotes.`
              : 'Some values are missing.'),
        );
      continue;
    }
    const rawEmail = (rec[emailAt] as string).trim();
    if (rawEmail === '') {
      if (isBlank(rec)) warn(row, undefined, 'Empty row: skipped.');
      else fail(row, emailCol, 'No e-mail address: the row was not imported.');
      continue;
    }
    const email = normalizeAddress(rawEmail);
    if (email === null) {
      fail(row, emailCol, `Address invalid: “${rawEmail}” is not an e-mail address.`);
      continue;
    }
    const firstRow = seen.get(email);
    if (firstRow !== undefined) {
      fail(
        row,
        emailCol,
        `Duplicate address: ${email} is already on row ${firstRow}; the first one was kept.`,
      );
      continue;
    }
    seen.set(email, row);

    let displayName = nameAt < 0 ? '' : (rec[nameAt] as string).trim();
    if (displayName === '') displayName = email;
    else if (displayName.includes('?')) questionMarks++;

    let type: Mailbox['type'] = 'UserMailbox';
    if (typeAt >= 0) {
      const raw = rec[typeAt] as string;
      if (raw !== '') {
        const t = toRecipientType(raw);
        type = t.type;
        if (!t.known) {
          warn(row, mapping.type, `Unknown recipient type “${raw.trim()}”: counted as Other.`);
        }
      }
    }

    let sizeBytes: number | null = null;
    if (sizeAt >= 0) {
      const size = parseSize(rec[sizeAt] as string, sizeUnit);
      if (size.ok) {
        sizeBytes = size.bytes;
        if (size.approximate && approximate++ === 0) firstApproximate = row;
      } else {
        warn(
          row,
          mapping.sizeBytes,
          `Size unreadable: ${size.reason} Imported with an unknown size.`,
        );
      }
    }

    let archiveSizeBytes: number | null = null;
    if (archiveAt >= 0) {
      const size = parseSize(rec[archiveAt] as string, archiveUnit);
      if (size.ok) archiveSizeBytes = size.bytes;
      else warn(row, mapping.archiveSizeBytes, `Archive size unreadable: ${size.reason}`);
    }

    let itemCount: number | null = null;
    if (itemsAt >= 0) {
      const raw = rec[itemsAt] as string;
      itemCount = parseCount(raw);
      if (itemCount === null && raw.trim() !== '') {
        warn(
          row,
          mapping.itemCount,
          /^-\s*\d/.test(raw.trim())
            ? `Item count unreadable: “${raw.trim()}” is negative.`
            : `Item count unreadable: “${raw.trim()}” is not a whole number.`,
        );
      }
    }

    mailboxes.push({
      row,
      displayName,
      email,
      type,
      sizeBytes,
      itemCount,
      archiveSizeBytes,
      department: deptAt < 0 ? '' : (rec[deptAt] as string).trim(),
      office: officeAt < 0 ? '' : (rec[officeAt] as string).trim(),
      database: dbAt < 0 ? '' : (rec[dbAt] as string).trim(),
    });
  }
  onProgress?.(n, n);

  if (approximate > 0) {
    warn(
      firstApproximate,
      mapping.sizeBytes,
      `${approximate} size(s) had no exact byte count, so the rounded figure was used (first on row ${firstApproximate}).`,
    );
  }
  if (questionMarks > 0) {
    warn(
      0,
      mapping.displayName,
      `${questionMarks} display name(s) contain “?”, which is how Windows PowerShell 5.1's ASCII export replaces letters such as ü or ø. Export again with -Encoding UTF8 to keep them.`,
    );
  }
  return { mailboxes, problems, summary: summarizeInventory(mailboxes, n), columns, mapping };
}

function isBlank(rec: readonly string[]): boolean {
  for (const v of rec) if (v.trim() !== '') return false;
  return true;
}
