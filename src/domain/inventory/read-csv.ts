import Papa from 'papaparse';

export type CsvTable = {
  headers: string[];
  /** Data records after the header, as the CSV splits them (a final empty line is not a record). */
  records: string[][];
  /** The line of the file a record starts on, as an editor numbers lines (first line = 1). */
  lineOf: (recordIndex: number) => number;
  /** Line of the header row: 1, or 2 after PowerShell's `#TYPE` line or Excel's `sep=;`. */
  headerLine: number;
  delimiter: string;
  /** Records the CSV itself could not split cleanly (an unclosed quote), with the reason. */
  brokenRecords: Map<number, string>;
};

const CANDIDATES = [',', ';', '\t', '|'];

/**
 * Splits an export into header and records: skips a leading `#TYPE ...` line (Windows
 * PowerShell's Export-Csv) or `sep=;` line (Excel), detects comma/semicolon/tab from the header
 * line, and keeps track of file line numbers so every message can point at a line.
 */
export function readCsv(text: string): CsvTable {
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let delimiter: string | undefined;
  for (;;) {
    const end = lineEnd(text, start);
    const first = text.slice(start, Math.min(end, start + 8)).toLowerCase();
    if (first.startsWith('#')) {
      // #TYPE and #TYPE-like comments from Export-Csv: not data.
    } else if (first.startsWith('sep=') && end - start <= 6) {
      delimiter = text.charAt(start + 4) || undefined;
    } else if (text.slice(start, end).trim() !== '' || end >= text.length) {
      break;
    }
    start = end >= text.length ? text.length : end + 1;
    line++;
  }
  const headerLine = line;
  delimiter ??= detectDelimiter(text, start, lineEnd(text, start));

  const body = start === 0 ? text : text.slice(start);
  const parsed = Papa.parse<string[]>(body, { delimiter, header: false, skipEmptyLines: false });
  const data = parsed.data;
  const headerRecord = data[0] ?? [];
  const headers = headerRecord.map((h) => h.trim());
  const records = data.slice(1);
  const last = records[records.length - 1];
  const endsWithBreak = last !== undefined && last.length === 1 && last[0] === '';
  if (endsWithBreak) records.pop();

  const brokenRecords = new Map<number, string>();
  for (const e of parsed.errors) {
    if (e.row === undefined || e.row < 1 || e.code === 'UndetectableDelimiter') continue;
    brokenRecords.set(
      e.row - 1,
      e.code === 'MissingQuotes'
        ? 'A quoted value starts in this row but its closing quote is missing, so the rest of the file was read as part of it.'
        : `The row is not valid CSV (${e.message}).`,
    );
  }
  return {
    headers,
    records,
    lineOf: lineNumbers(body, headerRecord, records, headerLine, endsWithBreak ? 1 : 0),
    headerLine,
    delimiter,
    brokenRecords,
  };
}

function lineEnd(text: string, from: number): number {
  const i = text.indexOf('\n', from);
  return i < 0 ? text.length : i;
}

function detectDelimiter(text: string, start: number, end: number): string {
  const counts = new Map<string, number>(CANDIDATES.map((c) => [c, 0]));
  let quoted = false;
  for (let i = start; i < end; i++) {
    const c = text.charAt(i);
    if (c === '"') quoted = !quoted;
    else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best = ',';
  let bestCount = 0;
  for (const [c, n] of counts) {
    if (n > bestCount) {
      best = c;
      bestCount = n;
    }
  }
  return best;
}

/**
 * Record i starts on line headerLine + 1 + i unless some value holds a line break; checking
 * that once over the text avoids scanning every value of a clean file.
 */
function lineNumbers(
  body: string,
  headerRecord: string[],
  records: string[][],
  headerLine: number,
  finalBreak: number,
): (i: number) => number {
  let breaks = 0;
  for (let i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) breaks++;
  if (breaks === records.length + finalBreak) {
    const offset = headerLine + 1 + countBreaks(headerRecord);
    return (i) => offset + i;
  }
  const lines = new Int32Array(records.length);
  let next = headerLine + 1 + countBreaks(headerRecord);
  for (let i = 0; i < records.length; i++) {
    lines[i] = next;
    next += 1 + countBreaks(records[i] ?? []);
  }
  return (i) => lines[i] ?? next;
}

function countBreaks(record: string[]): number {
  let n = 0;
  for (const value of record) {
    for (let i = value.indexOf('\n'); i >= 0; i = value.indexOf('\n', i + 1)) n++;
  }
  return n;
}
