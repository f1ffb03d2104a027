import { firstAndMore } from '../list-text.ts';
import { dayNumber } from '../calendar.ts';

/**
 * How the settings form's text fields are read: duration tables, address lists, dates and
 * optional numbers, each with the message shown under a field that does not read.
 */

/** "10, 2", also as the constants table writes it: "≤ 10 GB: 2 d". */
const TIER =
  /^(?:≤|<=)?\s*(\d+(?:\.\d+)?)\s*(?:gb)?\s*(?:[,;:]\s*|\s+)(\d+(?:\.\d+)?)\s*(?:d|days?)?$/i;

/**
 * A duration table typed in the form: null when blank (the published table applies), the
 * rows, or what is wrong with the first bad line.
 */
export function parseDurationTable(
  text: string,
): { ok: true; rows: [number, number][] | null } | { ok: false; error: string } {
  const lines = text.split('\n').map((l, i) => ({ line: i + 1, text: l.trim() }));
  const rows: [number, number][] = [];
  for (const { line, text: t } of lines) {
    if (t === '') continue;
    const m = TIER.exec(t);
    if (!m) return { ok: false, error: `Line ${line}: write “up to GB, days”, e.g. 10, 2.` };
    const gb = Number(m[1]);
    const days = Number(m[2]);
    if (!(gb > 0)) return { ok: false, error: `Line ${line}: the size must be above 0 GB.` };
    const before = rows[rows.length - 1];
    if (before && gb <= before[0]) {
      return {
        ok: false,
        error: `Line ${line}: ${gb} GB must be larger than the line before (${before[0]} GB).`,
      };
    }
    rows.push([gb, days]);
  }
  return { ok: true, rows: rows.length > 0 ? rows : null };
}

const EMAIL = /^[^@\s,;]+@[^@\s,;]+\.[^@\s,;]+$/;

/** Addresses typed one a line or separated by commas or semicolons, lower-cased. */
export function parseAddressList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((t) => t.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}

export function addressError(list: string[]): string | undefined {
  const bad = list.filter((e) => !EMAIL.test(e));
  if (bad.length === 0) return undefined;
  return `Not an email address: ${firstAndMore(bad)}.`;
}

export function dateError(value: string, what: string): string | undefined {
  if (value === '') return `Enter the ${what}.`;
  return Number.isNaN(dayNumber(value)) ? `The ${what} must be a date (YYYY-MM-DD).` : undefined;
}

/** A blank text is null; otherwise a number, or NaN when it is not one. */
export function optionalNumber(text: string): number | null {
  const t = text.trim();
  return t === '' ? null : Number(t);
}

/** Checks one blackout entry as the "Add" form takes it; `to` may be left empty. */
export function blackoutError(from: string, to: string): string | undefined {
  if (from === '' || Number.isNaN(dayNumber(from))) return 'Enter the first blackout date.';
  if (to !== '' && Number.isNaN(dayNumber(to))) return 'The last blackout date is not a date.';
  if (to !== '' && dayNumber(to) < dayNumber(from))
    return 'The last blackout date is before the first.';
  return undefined;
}
