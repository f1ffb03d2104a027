import { dayNumber, weekdayOf } from '../../domain/schedule/calendar.ts';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const GIB = 1024 ** 3;

/** `Fri 2026-03-20`: ISO so dates sort and read the same everywhere, the weekday for windows. */
export function formatDay(date: string): string {
  const day = dayNumber(date);
  return Number.isNaN(day) ? date : `${WEEKDAYS[weekdayOf(day)]} ${date}`;
}

export function formatGB(bytes: number): string {
  const gb = bytes / GIB;
  return gb >= 100 ? Math.round(gb).toLocaleString('en-US') : gb.toFixed(1);
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
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
