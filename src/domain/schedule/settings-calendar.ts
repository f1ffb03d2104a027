import { dayNumber, isTimeOfDay, isTimeZone } from '../calendar.ts';
import type { ScheduleNotice, ScheduleSettings } from './schedule-types.ts';

/** The calendar part of the resolved settings: the dates, the windows and the blackout days. */
export type CalendarSettings = {
  startDay: number;
  deadlineDay: number | null;
  timeZone: string;
  startWeekdays: boolean[];
  cutoverWeekdays: boolean[];
  startTime: string;
  cutoverTime: string;
  blackout: Set<number>;
};

const BLACKOUT_RANGE_MAX_DAYS = 3660;

function weekdays(list: unknown, fallback: number[], notices: ScheduleNotice[], what: string) {
  const days = Array.isArray(list)
    ? list.filter((d): d is number => Number.isInteger(d) && d >= 0 && d <= 6)
    : [];
  if (days.length === 0) {
    notices.push({ code: 'window', message: `No ${what} weekday set: every day is used.` });
    return fallback.map(() => true);
  }
  const set = new Set(days);
  return [0, 1, 2, 3, 4, 5, 6].map((d) => set.has(d));
}

/** Start, deadline and time zone; throws only for an unusable start date. */
function readDates(settings: ScheduleSettings, notices: ScheduleNotice[]) {
  const startDay = dayNumber(settings.startDate);
  if (Number.isNaN(startDay))
    throw new RangeError(`startDate must be YYYY-MM-DD: ${settings.startDate}`);
  const deadlineDay = settings.deadline ? dayNumber(settings.deadline) : null;
  if (deadlineDay !== null && Number.isNaN(deadlineDay)) {
    notices.push({
      code: 'deadline',
      message: `Deadline ${settings.deadline} is not a date: ignored.`,
    });
  }
  let timeZone = settings.timeZone;
  if (!isTimeZone(timeZone)) {
    notices.push({ code: 'time-zone', message: `Unknown time zone "${timeZone}": UTC used.` });
    timeZone = 'UTC';
  }
  return {
    startDay,
    deadlineDay: deadlineDay !== null && !Number.isNaN(deadlineDay) ? deadlineDay : null,
    timeZone,
  };
}

/** The weekdays and times copies start and switch-overs happen on. */
function readWindows(settings: ScheduleSettings, notices: ScheduleNotice[]) {
  const w = settings.windows;
  const all = [0, 1, 2, 3, 4, 5, 6];
  return {
    startWeekdays: weekdays(w?.startWeekdays, all, notices, 'start'),
    cutoverWeekdays: weekdays(w?.cutoverWeekdays, all, notices, 'cut-over'),
    startTime: isTimeOfDay(w?.startTime) ? w.startTime : '18:00',
    cutoverTime: isTimeOfDay(w?.cutoverTime) ? w.cutoverTime : '19:00',
  };
}

/** Blackout dates and ranges as day numbers; a bad entry is skipped with a notice. */
function readBlackout(settings: ScheduleSettings, notices: ScheduleNotice[]): Set<number> {
  const blackout = new Set<number>();
  for (const entry of settings.blackoutDates ?? []) {
    const from = dayNumber(typeof entry === 'string' ? entry : entry.from);
    const to = dayNumber(typeof entry === 'string' ? entry : entry.to);
    if (
      Number.isNaN(from) ||
      Number.isNaN(to) ||
      to < from ||
      to - from > BLACKOUT_RANGE_MAX_DAYS
    ) {
      notices.push({
        code: 'blackout',
        message: `Blackout ${JSON.stringify(entry)} is not a date or range: ignored.`,
      });
      continue;
    }
    for (let d = from; d <= to; d++) blackout.add(d);
  }
  return blackout;
}

/** The calendar settings checked, in the order their notices are given. */
export function readCalendar(
  settings: ScheduleSettings,
  notices: ScheduleNotice[],
): CalendarSettings {
  const dates = readDates(settings, notices);
  const windows = readWindows(settings, notices);
  return { ...dates, ...windows, blackout: readBlackout(settings, notices) };
}
