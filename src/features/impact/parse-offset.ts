import type { Result } from '../../domain/result.ts';

/** Notices further than a year from the switch-over are certainly a typo. */
const MAX_DAYS = 365;

/** Reads a notice day typed by the user: a whole number of days, not already in the list. */
export function parseOffset(text: string, existing: readonly number[]): Result<number> {
  const t = text
    .trim()
    .replace(/^T(?=[+-]\d)/i, '')
    .replace(/\u2212/g, '-');
  const fail = (message: string): Result<number> => ({
    ok: false,
    problems: [{ path: 'offset', message }],
  });
  if (t === '') return fail('Enter a number of days, for example -7 or 1.');
  if (!/^[+-]?\d+$/.test(t)) {
    return fail('Enter a whole number of days: negative before the switch-over, 0 on the day.');
  }
  const days = Number(t) === 0 ? 0 : Number(t);
  if (Math.abs(days) > MAX_DAYS)
    return fail(`Keep notices within ${MAX_DAYS} days of the switch-over.`);
  if (existing.includes(days)) return fail('That day is already in the list.');
  return { ok: true, value: days };
}
