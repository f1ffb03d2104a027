import { isBlank } from './blank-record.ts';
import { mapColumns } from './column-mapping.ts';
import type { ColumnMapping } from './column-mapping.ts';
import { fileLevelProblems } from './file-level-problems.ts';
import { inventoryColumns } from './inventory-columns.ts';
import { InventoryProblems } from './inventory-problems.ts';
import type { ImportProblem, Mailbox } from './mailbox.ts';
import { readMailbox, rowAddress } from './read-mailbox-row.ts';
import { readCsv } from './read-csv.ts';
import { summarizeInventory } from './summarize-inventory.ts';
import type { InventorySummary } from './summarize-inventory.ts';

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
  const report = new InventoryProblems(
    file,
    fileLevelProblems(file, table.headerLine, columns, match, n),
  );
  const problems = report.list;
  if (match.unmappedRequired.length > 0) {
    return { mailboxes: [], problems, summary: summarizeInventory([], n), columns, mapping };
  }

  const cols = inventoryColumns(columns, mapping);
  const { width, emailAt } = cols;
  const broken = table.brokenRecords;
  const delimiterName =
    table.delimiter === ';' ? 'semicolon' : table.delimiter === ',' ? 'comma' : 'delimiter';
  const seen = new Map<string, number>();
  const mailboxes: Mailbox[] = [];

  for (let i = 0; i < n; i++) {
    if (onProgress !== undefined && i % PROGRESS_EVERY === 0) onProgress(i, n);
    const rec = records[i] as string[];
    const row = lineOf(i);
    if (broken.size > 0 && broken.has(i)) {
      report.fail(row, undefined, broken.get(i) ?? '');
      continue;
    }
    if (rec.length !== width) {
      if (isBlank(rec)) report.warn(row, undefined, 'Empty row: skipped.');
      else
        report.fail(
          row,
          undefined,
          `Wrong number of fields: this row has ${rec.length} values but the header has ${width}. ` +
            (rec.length > width
              ? `A value containing a ${delimiterName} may be missing its quotes.`
              : 'Some values are missing.'),
        );
      continue;
    }
    const email = rowAddress(rec, row, emailAt, mapping.email, seen, report);
    if (email !== null) mailboxes.push(readMailbox(rec, row, email, cols, mapping, report));
  }
  onProgress?.(n, n);

  report.addTallies(mapping);
  return { mailboxes, problems, summary: summarizeInventory(mailboxes, n), columns, mapping };
}
