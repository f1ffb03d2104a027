import { GB, KB, MB, TB } from '../units.ts';

export type ParsedSize =
  | {
      ok: true;
      /** null when the export has no size: empty cell or "Unlimited". */
      bytes: number | null;
      /** True when only the rounded "1.234 GB" part was there, without the exact byte count. */
      approximate: boolean;
    }
  | { ok: false; reason: string };

// Exchange's ByteQuantifiedSize units are binary (1 GB = 1024³ bytes); French Exchange prints Go/Mo.
const UNITS: ReadonlyMap<string, number> = new Map([
  ['b', 1],
  ['byte', 1],
  ['bytes', 1],
  ['o', 1],
  ['octets', 1],
  ['kb', KB],
  ['ko', KB],
  ['mb', MB],
  ['mo', MB],
  ['gb', GB],
  ['go', GB],
  ['tb', TB],
  ['to', TB],
]);

// Compiled once: this runs for every row of a 100,000-row file.
const BRACKET = /\(\s*(\d[\d,.'’ \u00a0\u202f]*)\s*\p{L}*\s*\)\s*$/u;
const DIGITS_ONLY = /^\d+$/;
const NOT_DIGIT = /\D/g;
const NON_DIGITS = /\D/;
const NUMBER_UNIT = /^(\d+(?:[.,'’ \u00a0\u202f]\d+)*)\s*(\p{L}*)$/u;

const NO_SIZE: ParsedSize = { ok: true, bytes: null, approximate: false };

/**
 * Reads a mailbox size as Exchange prints it: `1.234 GB (1,325,400,000 bytes)`, the same in
 * other locales (`1,234 GB (1.325.400.000 Bytes)`), Exchange 2007's `1325400000B`, a bare
 * byte count, empty or `Unlimited`. The exact count in brackets wins over the rounded figure.
 * `plainUnit` scales bare numbers, for columns such as `TotalItemSize (MB)`.
 */
export function parseSize(text: string, plainUnit = 1): ParsedSize {
  const s = text.trim();
  if (s === '') return NO_SIZE;
  if (DIGITS_ONLY.test(s)) return exact(Number(s) * plainUnit, plainUnit !== 1);
  const bracket = BRACKET.exec(s);
  if (bracket) return exact(Number((bracket[1] ?? '').replace(NOT_DIGIT, '')), false);
  const lower = s.toLowerCase();
  if (lower === 'unlimited') return NO_SIZE;
  const m = NUMBER_UNIT.exec(s);
  if (m) {
    const unitText = (m[2] ?? '').toLowerCase();
    const unit = unitText === '' ? plainUnit : UNITS.get(unitText);
    const value = readDecimal(m[1] ?? '', unit === 1);
    if (unit !== undefined && value !== null) {
      // `1325400000B` (Exchange 2007) and `0 B` are exact; anything in larger units is rounded.
      return exact(Math.round(value * unit), unit !== 1);
    }
  }
  return {
    ok: false,
    reason: `“${s}” is not a size that can be read; expected for example “1.234 GB (1,325,400,000 bytes)” or “1325400000B”.`,
  };
}

function exact(bytes: number, approximate: boolean): ParsedSize {
  if (!Number.isFinite(bytes) || bytes > Number.MAX_SAFE_INTEGER) {
    return { ok: false, reason: 'The size is too large to be a mailbox size.' };
  }
  return { ok: true, bytes, approximate };
}

/**
 * `1.234` vs `1,234`: with both marks the last one is the decimal mark; with one mark used once
 * it is a decimal mark (Exchange prints at most ~1023 of a unit) unless the number counts bytes.
 */
function readDecimal(text: string, isByteCount: boolean): number | null {
  let decimalAt = -1;
  let marks = 0;
  let lastMark = '';
  let mixed = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c < '0' || c > '9') {
      if (lastMark !== '' && c !== lastMark) mixed = true;
      lastMark = c;
      marks++;
      decimalAt = i;
    }
  }
  const lastIsDot = lastMark === '.' || lastMark === ',';
  const isDecimal = lastIsDot && !isByteCount && (mixed || marks === 1);
  if (!isDecimal) return groupedInteger(text);
  const whole = text.slice(0, decimalAt).replace(NOT_DIGIT, '');
  const fraction = text.slice(decimalAt + 1);
  return Number(`${whole}.${fraction}`);
}

/** `1,325,400,000`: every group after the first has three digits, or it is not a count. */
function groupedInteger(text: string): number | null {
  const groups = text.split(NON_DIGITS);
  for (let i = 1; i < groups.length; i++) if (groups[i]?.length !== 3) return null;
  return Number(groups.join(''));
}
