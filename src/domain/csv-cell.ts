/**
 * The one CSV writer of the planner (RFC 4180, CRLF line ends), shared by every export so
 * quoting and formula neutralising cannot drift apart between files.
 */

/** First characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Leading/trailing spaces are quoted too: some readers trim unquoted cells. */
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** Would `csvCell` prefix this value with an apostrophe? Callers use it to warn about changed data. */
export function isFormulaLike(value: string): boolean {
  return FORMULA_START.test(value);
}

/**
 * One cell: formula-like text gets a leading `'` (so Excel shows it as text instead of running
 * it), then the cell is quoted when it holds a quote, comma, line break or edge whitespace.
 */
export function csvCell(value: string): string {
  const safe = isFormulaLike(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One record without its line end. */
export function csvLine(cells: readonly string[]): string {
  return cells.map(csvCell).join(',');
}

/**
 * A whole file: header, rows, CRLF after every record (the last one too). No byte-order mark
 * by default: Microsoft's tools read UTF-8 without one, and a web validator that does not strip
 * it would see `\uFEFFEmailAddress` as a wrong header. Spreadsheet-bound files (mail merge)
 * ask for it, because Excel misreads accented names in UTF-8 without a BOM.
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  opts: { bom?: boolean } = {},
): string {
  const lines = [csvLine(header), ...rows.map(csvLine)];
  return `${opts.bom === true ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
