import { dayNumber, weekdayOf } from '../calendar.ts';
import type { DurationTable } from './resolve-settings.ts';
import { GB } from '../units.ts';

/** What a batch asks of the migration service. */
export type BatchLoad = {
  count: number;
  totalBytes: number;
  largestBytes: number;
  isPilot: boolean;
  pinnedStartDay: number | null;
};

export type Capacity = {
  startDay: number;
  leadDays: number;
  startWeekdays: boolean[];
  cutoverWeekdays: boolean[];
  blackout: ReadonlySet<number>;
  concurrency: number;
  bandwidthGBPerHour: number | null;
  aggregateGBPerHourAt20: number;
  perMailboxGBPerHour: number;
  p50: DurationTable;
  p90: DurationTable;
  p90Spread: number;
  cutoverAt: 'p50' | 'p90';
};

export type BatchDays = {
  startDay: number;
  syncP50Day: number;
  syncP90Day: number;
  cutoverDay: number;
  copyHours: number;
  /** Which term limits this batch's copy rate. */
  rateLimit: 'concurrency' | 'bandwidth' | 'batch-size';
};

const SEARCH_DAYS = 3660;

/** 9999-12-31, the last day a `YYYY-MM-DD` date can name. */
export const LAST_DAY = dayNumber('9999-12-31');

/**
 * Holds every date of the plan at or before LAST_DAY (in place), and tells whether one was
 * later. Only absurd sizes get there (petabytes, or a plan file's 1e400), but a date after
 * it cannot be written, and the whole schedule would fail for one bad row.
 */
export function holdToLastDay(days: BatchDays[]): boolean {
  let held = false;
  for (const d of days) {
    for (const key of ['startDay', 'syncP50Day', 'syncP90Day', 'cutoverDay'] as const) {
      if (d[key] > LAST_DAY || Number.isNaN(d[key])) {
        d[key] = LAST_DAY;
        held = true;
      }
    }
  }
  return held;
}

/** Days a mailbox of this size takes at a percentile: the first tier it fits, else the last. */
export function tierDays(table: DurationTable, bytes: number): number {
  const gb = bytes / GB;
  for (const [upTo, days] of table) if (gb <= upTo) return days;
  return table[table.length - 1]?.[1] ?? 0;
}

function nextAllowed(day: number, weekdays: boolean[], blackout: ReadonlySet<number>): number {
  for (let d = day; d < day + SEARCH_DAYS; d++)
    if (weekdays[weekdayOf(d)] && !blackout.has(d)) return d;
  return day;
}

export function copyRate(
  load: BatchLoad,
  c: Capacity,
): { rate: number; limit: BatchDays['rateLimit'] } {
  const byConcurrency = (c.aggregateGBPerHourAt20 * c.concurrency) / 20;
  const bySize = Math.min(load.count, c.concurrency) * c.perMailboxGBPerHour;
  const byBandwidth = c.bandwidthGBPerHour ?? Number.POSITIVE_INFINITY;
  const rate = Math.min(byConcurrency, bySize, byBandwidth);
  const limit =
    rate === byBandwidth ? 'bandwidth' : rate === byConcurrency ? 'concurrency' : 'batch-size';
  return { rate, limit };
}

/**
 * Dates batches as a pipeline: the data copy of one batch occupies the endpoint's
 * concurrency until it ends, then the next starts; each batch switches over in the first
 * cut-over window after its copy is done at the chosen percentile. Locked batches keep their
 * start and the others are placed around them. The pilot switches over before the rest start.
 */
export function scheduleDays(loads: readonly BatchLoad[], c: Capacity): BatchDays[] {
  const out: (BatchDays | undefined)[] = loads.map(() => undefined);
  const reserved: [number, number][] = [];
  const place = (i: number, earliest: number): BatchDays => {
    const load = loads[i]!;
    const { rate, limit } = copyRate(load, c);
    const copyHours =
      Math.max(load.totalBytes / GB / rate, load.largestBytes / GB / c.perMailboxGBPerHour) || 0;
    const occupy = Math.max(1, Math.ceil(copyHours / 24));
    let start = nextAllowed(earliest, c.startWeekdays, c.blackout);
    if (load.pinnedStartDay === null) {
      for (let guard = 0; guard < reserved.length + 1; guard++) {
        const clash = reserved.find(([s, e]) => start < e && s < start + occupy);
        if (!clash) break;
        start = nextAllowed(clash[1], c.startWeekdays, c.blackout);
      }
    }
    const p50 = Math.max(Math.ceil(copyHours / 24), tierDays(c.p50, load.largestBytes));
    const p90 = Math.max(
      Math.ceil((copyHours * c.p90Spread) / 24),
      tierDays(c.p90, load.largestBytes),
    );
    const ready = start + (c.cutoverAt === 'p90' ? p90 : p50);
    return {
      startDay: start,
      syncP50Day: start + p50,
      syncP90Day: start + p90,
      cutoverDay: nextAllowed(ready, c.cutoverWeekdays, c.blackout),
      copyHours,
      rateLimit: limit,
    };
  };
  const first = c.startDay + c.leadDays;
  let cursor = first;
  loads.forEach((load, i) => {
    if (load.pinnedStartDay === null) return;
    const d = place(i, Math.max(load.pinnedStartDay, first));
    out[i] = d;
    reserved.push([d.startDay, d.startDay + Math.max(1, Math.ceil(d.copyHours / 24))]);
    if (load.isPilot) cursor = Math.max(cursor, d.cutoverDay + 1);
  });
  reserved.sort((x, y) => x[0] - y[0]);
  const order = loads.map((_, i) => i).filter((i) => out[i] === undefined);
  order.sort((x, y) => Number(loads[y]!.isPilot) - Number(loads[x]!.isPilot) || x - y);
  for (const i of order) {
    const d = place(i, cursor);
    out[i] = d;
    cursor = loads[i]!.isPilot
      ? d.cutoverDay + 1
      : d.startDay + Math.max(1, Math.ceil(d.copyHours / 24));
  }
  return out as BatchDays[];
}
