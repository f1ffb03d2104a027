import type { ImportProblem } from './mailbox.ts';

const SHOWN_ROWS = 5;

/**
 * Counts rows skipped for the same reason, so that 40,000 inherited permission rows make one
 * readable note (with the first rows named) rather than 40,000 lines of problems.
 */
export class SkipTally {
  private readonly counts = new Map<string, { rows: number[]; count: number }>();

  add(reason: string, row: number): void {
    const entry = this.counts.get(reason);
    if (entry === undefined) this.counts.set(reason, { rows: [row], count: 1 });
    else {
      entry.count++;
      if (entry.rows.length < SHOWN_ROWS) entry.rows.push(row);
    }
  }

  get total(): number {
    let n = 0;
    for (const e of this.counts.values()) n += e.count;
    return n;
  }

  problems(file: string, column?: string): ImportProblem[] {
    return [...this.counts].map(([reason, { rows, count }]) => ({
      file,
      row: rows[0] ?? 0,
      column,
      reason:
        count === 1
          ? `Row skipped: ${reason}.`
          : `${count} rows skipped: ${reason} (rows ${rows.join(', ')}${count > rows.length ? ', …' : ''}).`,
      severity: 'warning' as const,
    }));
  }
}
