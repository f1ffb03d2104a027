import { isBlank } from './blank-record.ts';
import type { ColumnMapping } from './column-mapping.ts';
import type { InventoryColumns } from './inventory-columns.ts';
import type { InventoryProblems } from './inventory-problems.ts';
import type { Mailbox } from './mailbox.ts';
import { normalizeAddress } from './normalize-address.ts';
import { parseCount } from './parse-count.ts';
import { parseSize } from './parse-size.ts';
import { toRecipientType } from './to-recipient-type.ts';

// Helpers of parseInventory's row loop: they run once per row of files of 100,000 rows, so they
// index the row and allocate nothing but the Mailbox.

/**
 * The row's address, normalised, or null when the row is not imported (empty, no or an invalid
 * address, or the address of an earlier row, which wins: `seen` maps addresses to their rows).
 */
export function rowAddress(
  rec: readonly string[],
  row: number,
  emailAt: number,
  emailCol: string | undefined,
  seen: Map<string, number>,
  report: InventoryProblems,
): string | null {
  const rawEmail = (rec[emailAt] as string).trim();
  if (rawEmail === '') {
    if (isBlank(rec)) report.warn(row, undefined, 'Empty row: skipped.');
    else report.fail(row, emailCol, 'No e-mail address: the row was not imported.');
    return null;
  }
  const email = normalizeAddress(rawEmail);
  if (email === null) {
    report.fail(row, emailCol, `Address invalid: “${rawEmail}” is not an e-mail address.`);
    return null;
  }
  const firstRow = seen.get(email);
  if (firstRow !== undefined) {
    report.fail(
      row,
      emailCol,
      `Duplicate address: ${email} is already on row ${firstRow}; the first one was kept.`,
    );
    return null;
  }
  seen.set(email, row);
  return email;
}

/** The mailbox of a row whose address was accepted; unreadable fields are warned about. */
export function readMailbox(
  rec: readonly string[],
  row: number,
  email: string,
  cols: InventoryColumns,
  mapping: ColumnMapping,
  report: InventoryProblems,
): Mailbox {
  let displayName = cols.nameAt < 0 ? '' : (rec[cols.nameAt] as string).trim();
  if (displayName === '') displayName = email;
  else if (displayName.includes('?')) report.questionMarks++;
  const type =
    cols.typeAt < 0 ? 'UserMailbox' : readType(rec[cols.typeAt] as string, row, mapping, report);

  let sizeBytes: number | null = null;
  if (cols.sizeAt >= 0) {
    const size = parseSize(rec[cols.sizeAt] as string, cols.sizeUnit);
    if (size.ok) {
      sizeBytes = size.bytes;
      if (size.approximate) report.countApproximate(row);
    } else {
      const reason = `Size unreadable: ${size.reason} Imported with an unknown size.`;
      report.warn(row, mapping.sizeBytes, reason);
    }
  }

  let archiveSizeBytes: number | null = null;
  if (cols.archiveAt >= 0) {
    const size = parseSize(rec[cols.archiveAt] as string, cols.archiveUnit);
    if (size.ok) archiveSizeBytes = size.bytes;
    else report.warn(row, mapping.archiveSizeBytes, `Archive size unreadable: ${size.reason}`);
  }

  return {
    row,
    displayName,
    email,
    type,
    sizeBytes,
    itemCount:
      cols.itemsAt < 0 ? null : readItemCount(rec[cols.itemsAt] as string, row, mapping, report),
    archiveSizeBytes,
    department: cols.deptAt < 0 ? '' : (rec[cols.deptAt] as string).trim(),
    office: cols.officeAt < 0 ? '' : (rec[cols.officeAt] as string).trim(),
    database: cols.dbAt < 0 ? '' : (rec[cols.dbAt] as string).trim(),
  };
}

function readType(
  raw: string,
  row: number,
  mapping: ColumnMapping,
  report: InventoryProblems,
): Mailbox['type'] {
  if (raw === '') return 'UserMailbox';
  const t = toRecipientType(raw);
  if (!t.known) {
    report.warn(row, mapping.type, `Unknown recipient type “${raw.trim()}”: counted as Other.`);
  }
  return t.type;
}

function readItemCount(
  raw: string,
  row: number,
  mapping: ColumnMapping,
  report: InventoryProblems,
): number | null {
  const itemCount = parseCount(raw);
  if (itemCount === null && raw.trim() !== '') {
    report.warn(
      row,
      mapping.itemCount,
      /^-\s*\d/.test(raw.trim())
        ? `Item count unreadable: “${raw.trim()}” is negative.`
        : `Item count unreadable: “${raw.trim()}” is not a whole number.`,
    );
  }
  return itemCount;
}
