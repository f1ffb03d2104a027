import type { ColumnMapping } from './column-mapping.ts';
import type { ImportProblem } from './mailbox.ts';

/**
 * The problems of one inventory file as its rows are read, and the tallies that end up as one
 * file-level warning each rather than one per row.
 */
export class InventoryProblems {
  /** Sizes read from a rounded figure (“1.2 GB”) rather than a byte count. */
  approximate = 0;
  firstApproximate = 0;
  /** Display names with “?”, the mark of an ASCII export. */
  questionMarks = 0;

  private readonly file: string;
  readonly list: ImportProblem[];

  constructor(file: string, list: ImportProblem[]) {
    this.file = file;
    this.list = list;
  }

  /** The row was not imported. */
  fail(row: number, column: string | undefined, reason: string): void {
    this.list.push({ file: this.file, row, column, reason, severity: 'error' });
  }

  /** Imported, with something to check. */
  warn(row: number, column: string | undefined, reason: string): void {
    this.list.push({ file: this.file, row, column, reason, severity: 'warning' });
  }

  countApproximate(row: number): void {
    if (this.approximate++ === 0) this.firstApproximate = row;
  }

  /** Adds the tallies' warnings, once all rows are read. */
  addTallies(mapping: ColumnMapping): void {
    const { approximate, firstApproximate, questionMarks } = this;
    if (approximate > 0) {
      this.warn(
        firstApproximate,
        mapping.sizeBytes,
        `${approximate} size(s) had no exact byte count, so the rounded figure was used (first on row ${firstApproximate}).`,
      );
    }
    if (questionMarks > 0) {
      this.warn(
        0,
        mapping.displayName,
        `${questionMarks} display name(s) contain “?”, which is how Windows PowerShell 5.1's ASCII export replaces letters such as ü or ø. Export again with -Encoding UTF8 to keep them.`,
      );
    }
  }
}
