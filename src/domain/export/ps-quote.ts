/**
 * PowerShell ends a single-quoted string at `'` and also at the typographic quotes ‘ ’ ‚ ‛, so
 * each of them is doubled (what PowerShell's own EscapeSingleQuotedStringContent does).
 * Inside single quotes nothing else is special: no `$` expansion, no backtick escapes.
 */
const SINGLE_QUOTES = /['\u2018\u2019\u201a\u201b]/g;

/** A single-quoted PowerShell string literal holding exactly `value`. */
export function psQuote(value: string): string {
  return `'${value.replaceAll(SINGLE_QUOTES, (q) => q + q)}'`;
}

/**
 * Text safe after `#` on one line: a line break would end the comment and run the rest as
 * code, so line breaks (and other control characters) become spaces.
 */
export function psCommentText(value: string): string {
  // oxlint-disable-next-line no-control-regex -- control characters are what this removes
  return value.replaceAll(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, ' ');
}

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?Z$/;

/**
 * A UTC instant as a PowerShell DateTime expression for -StartAfter / -CompleteAfter.
 * The documented `"7/30/2020 9:00PM Z"` form is read with the machine's short date format, so
 * `3/2/2026` would be 3 February on a European PC. A `[datetime]` cast always parses with the
 * invariant culture, ISO 8601 with `Z` is unambiguous, and ToUniversalTime() hands the cmdlet a
 * UTC value, which Exchange Online reads as UTC (reference §4). Null for a malformed input.
 */
export function psUtcDate(isoUtc: string): string | null {
  return ISO_UTC.test(isoUtc) ? `(([datetime]${psQuote(isoUtc)}).ToUniversalTime())` : null;
}

/** `2026-03-02T17:00:00Z` → `2026-03-02 17:00 UTC`, for comments a person reads. */
export function readableUtc(isoUtc: string): string {
  return ISO_UTC.test(isoUtc) ? `${isoUtc.slice(0, 10)} ${isoUtc.slice(11, 16)} UTC` : 'unknown';
}
