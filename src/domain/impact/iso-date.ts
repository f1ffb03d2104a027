import type { IsoDate } from '../schedule/schedule-types.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function toUtcMs(date: IsoDate): number {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // Date.UTC rolls 2025-02-30 over to March: reject it rather than print a shifted date.
  if (new Date(ms).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`Not a calendar date: ${date}`);
  }
  return ms;
}

const DAY_MS = 86_400_000;

/**
 * Calendar arithmetic on local dates. Working in UTC midnight keeps it free of the
 * runtime's time zone and of daylight-saving jumps.
 */
export const isoDate = {
  addDays(date: IsoDate, days: number): IsoDate {
    return new Date(toUtcMs(date) + days * DAY_MS).toISOString().slice(0, 10);
  },
  daysBetween(from: IsoDate, to: IsoDate): number {
    return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
  },
  isValid(date: string): boolean {
    try {
      toUtcMs(date);
      return true;
    } catch {
      return false;
    }
  },
};
