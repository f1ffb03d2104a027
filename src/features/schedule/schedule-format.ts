import { dayNumber, weekdayOf } from '../../domain/calendar.ts';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const GIB = 1024 ** 3;

/** `Fri 2026-03-20`: ISO so dates sort and read the same everywhere, the weekday for windows. */
export function formatDay(date: string): string {
  const day = dayNumber(date);
  return Number.isNaN(day) ? date : `${WEEKDAYS[weekdayOf(day)]} ${date}`;
}

// One formatter: toLocaleString() builds a new one per call, which showed up in profiles of
// rescheduling a 50,000-mailbox plan (the batch table renders on every progress message).
const counts = new Intl.NumberFormat('en-US');

export function formatGB(bytes: number): string {
  const gb = bytes / GIB;
  return gb >= 100 ? counts.format(Math.round(gb)) : gb.toFixed(1);
}

export function formatCount(n: number): string {
  return counts.format(n);
}

export const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;
