/** A calendar date in the site's time zone, `YYYY-MM-DD`. */
export type IsoDate = string;

/**
 * Local calendar dates as whole day numbers (days since 1970-01-01) so date arithmetic never
 * meets a daylight-saving hour; only `zonedTimeToUtc` deals with offsets, through Intl.
 */
const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Day number of a `YYYY-MM-DD` date, or NaN when it is not a real date. */
export function dayNumber(date: IsoDate): number {
  const m = ISO_DATE.exec(date);
  if (!m) return Number.NaN;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    return Number.NaN;
  }
  return ms / DAY_MS;
}

export function isIsoDate(date: unknown): date is IsoDate {
  return typeof date === 'string' && !Number.isNaN(dayNumber(date));
}

export function isoFromDay(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The date `days` later (earlier when negative); a RangeError for a date that does not exist. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return isoFromDay(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier); NaN for a date that does not exist. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function isTimeOfDay(time: unknown): time is string {
  return typeof time === 'string' && HH_MM.test(time);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || timeZone === '') return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Offset of `timeZone` from UTC at the instant `utcMs`, in milliseconds (east positive). */
export function zoneOffsetMs(utcMs: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const hour = get('hour') % 24;
  const wall = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    hour,
    get('minute'),
    get('second'),
  );
  return wall - (utcMs - (((utcMs % 1000) + 1000) % 1000));
}

/**
 * The UTC instant of a local wall time. A wall time skipped by a spring-forward change is
 * moved forward by the gap (02:30 → 03:30); one that occurs twice resolves to the later one.
 */
export function zonedTimeToUtcMs(date: IsoDate, time: string, timeZone: string): number {
  const [h, mi] = time.split(':').map(Number);
  const wall = dayNumber(date) * DAY_MS + ((h ?? 0) * 60 + (mi ?? 0)) * 60_000;
  const first = zoneOffsetMs(wall, timeZone);
  const guess = wall - first;
  const second = zoneOffsetMs(guess, timeZone);
  if (second === first) return guess;
  const retry = wall - second;
  return zoneOffsetMs(retry, timeZone) === second ? retry : wall - Math.min(first, second);
}

/** ISO 8601 UTC text as New-MigrationBatch -StartAfter / -CompleteAfter take it. */
export function zonedTimeToUtc(date: IsoDate, time: string, timeZone: string): string {
  return new Date(zonedTimeToUtcMs(date, time, timeZone)).toISOString().replace('.000Z', 'Z');
}
