import { toCsv } from '../csv-cell.ts';

/**
 * The mail-merge CSV: one row per person and notice, through the one CSV writer (RFC 4180,
 * CRLF, formula injection neutralised). Columns default to every key in order of first
 * appearance. The UTF-8 byte-order mark is on by default because Excel, the usual
 * mail-merge source, otherwise misreads accented names.
 */
export function toMailMergeCsv(
  rows: readonly Readonly<Record<string, string>>[],
  opts: { columns?: readonly string[]; bom?: boolean } = {},
): string {
  const columns = opts.columns ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return toCsv(
    columns,
    rows.map((r) => columns.map((c) => r[c] ?? '')),
    { bom: opts.bom !== false },
  );
}
