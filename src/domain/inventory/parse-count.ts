const DIGITS_ONLY = /^\d+$/;
const GROUPED = /^\d{1,3}(?:([,.'’ \u00a0\u202f])\d{3})(?:\1\d{3})*$/;
const NOT_DIGIT = /\D/g;

/** An item count: `7006`, or grouped by a locale (`7,006`, `7.006`, `7 006`); null if neither. */
export function parseCount(raw: string): number | null {
  const s = raw.trim();
  if (DIGITS_ONLY.test(s)) return Number(s);
  if (GROUPED.test(s)) return Number(s.replace(NOT_DIGIT, ''));
  return null;
}
