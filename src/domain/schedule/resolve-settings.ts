import { facts } from '../facts.ts';
import type { MigrationMethod } from '../methods/method-list.ts';
import { dayNumber, isTimeOfDay, isTimeZone } from '../calendar.ts';
import { methodLimits } from './method-limits.ts';
import type { ScheduleConstant, ScheduleNotice, ScheduleSettings } from './schedule-types.ts';

export type DurationTable = readonly (readonly [number, number])[];

/** Settings checked, clamped and turned into numbers the scheduler works with. */
export type ResolvedSettings = {
  startDay: number;
  deadlineDay: number | null;
  timeZone: string;
  startWeekdays: boolean[];
  cutoverWeekdays: boolean[];
  startTime: string;
  cutoverTime: string;
  blackout: Set<number>;
  concurrency: number;
  /** Usable GB/hour of the uplink, null when unknown. */
  bandwidthGBPerHour: number | null;
  networkEfficiency: number;
  aggregateGBPerHourAt20: number;
  perMailboxGBPerHour: number;
  p50: DurationTable;
  p90: DurationTable;
  /** How much longer the copy may take at the 90th percentile than typically. */
  p90Spread: number;
  largeGB: number;
  unsupportedGB: number;
  /** Rows per batch the packer fills to. */
  limit: number;
  maxBatches: number;
  singleBatch: boolean;
  /** Days added before any copy starts (drive shipping turnaround). */
  leadDays: number;
  cutoverAt: 'p50' | 'p90';
  constants: ScheduleConstant[];
  notices: ScheduleNotice[];
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

function tierText(table: DurationTable): string {
  return table.map(([gb, days]) => `≤ ${gb} GB: ${days} d`).join(', ');
}

function tierFor(table: DurationTable, count: number): number {
  for (const [upTo, days] of table) if (count < upTo) return days;
  return table[table.length - 1]?.[1] ?? 0;
}

function validTable(t: unknown): t is [number, number][] {
  return (
    Array.isArray(t) &&
    t.length > 0 &&
    t.every(
      (r) => Array.isArray(r) && r.length === 2 && r.every((x) => Number.isFinite(x) && x >= 0),
    )
  );
}

/** Checks settings (never throws for a bad value except an unusable start date). */
export function resolveSettings(
  method: MigrationMethod,
  settings: ScheduleSettings,
  mailboxCount: number,
): ResolvedSettings {
  const notices: ScheduleNotice[] = [];
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
  const w = settings.windows;
  const all = [0, 1, 2, 3, 4, 5, 6];
  const startWeekdays = weekdays(w?.startWeekdays, all, notices, 'start');
  const cutoverWeekdays = weekdays(w?.cutoverWeekdays, all, notices, 'cut-over');
  const startTime = isTimeOfDay(w?.startTime) ? w.startTime : '18:00';
  const cutoverTime = isTimeOfDay(w?.cutoverTime) ? w.cutoverTime : '19:00';

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

  const maxC = facts.maxConcurrency.value;
  let concurrency = Math.round(Number(settings.concurrency));
  if (!Number.isFinite(concurrency) || concurrency < 1 || concurrency > maxC) {
    const clamped = Number.isFinite(concurrency)
      ? Math.min(maxC, Math.max(1, concurrency))
      : facts.defaultConcurrency.value;
    notices.push({
      code: 'concurrency',
      message: `Concurrency ${settings.concurrency} is outside 1-${maxC}: ${clamped} used.`,
      factId: 'maxConcurrency',
    });
    concurrency = clamped;
  }

  const o = settings.overrides ?? {};
  const limits = methodLimits(method);
  const constants: ScheduleConstant[] = [];
  const positive = (v: unknown): v is number =>
    typeof v === 'number' && Number.isFinite(v) && v > 0;

  const efficiency =
    positive(o.networkEfficiency) && o.networkEfficiency <= 1
      ? o.networkEfficiency
      : facts.networkUploadEfficiency.value;
  const bandwidthGBPerHour = positive(settings.bandwidthMbps)
    ? (settings.bandwidthMbps * efficiency * 3600) / 8 / 1000
    : null;

  // The 10-14 GB/hour figure is for MRS-style batches; PST import runs per mailbox pair.
  const aggregate = limits.pstRate
    ? Number.POSITIVE_INFINITY
    : positive(o.aggregateGBPerHour)
      ? o.aggregateGBPerHour
      : facts.aggregateGBPerHour.value;
  const perMailboxDefault = limits.pstRate
    ? facts.pstIngestGBPerDay.value / 24
    : facts.perMailboxGBPerHour.value;
  const perMailbox = positive(o.perMailboxGBPerHour) ? o.perMailboxGBPerHour : perMailboxDefault;
  const p50: DurationTable = validTable(o.durationP50Days)
    ? o.durationP50Days
    : facts.durationByMailboxSize.value;
  const p90: DurationTable = validTable(o.durationP90Days)
    ? o.durationP90Days
    : facts.durationByMailboxSizeP90.value;
  const largeGB = positive(o.largeMailboxGB) ? o.largeMailboxGB : facts.largeMailboxGB.value;
  const typical = tierFor(facts.durationByTenantSize.value, mailboxCount);
  const upTo = tierFor(facts.durationByTenantSizeMax.value, mailboxCount);
  const p90Spread = typical > 0 ? upTo / typical : 1;

  const maxBatches = facts.maxBatchesPerTenant.value;
  let limit: number;
  const target = positive(settings.batchSize) ? Math.floor(settings.batchSize) : null;
  if (limits.singleBatch) {
    limit = Math.max(1, mailboxCount);
  } else if (limits.maxRows !== null) {
    limit = Math.min(limits.maxRows, target ?? limits.maxRows);
    if (target !== null && target > limits.maxRows) {
      notices.push({
        code: 'batch-size',
        message: `Batch size ${target} is over the method's limit of ${limits.maxRows} rows: ${limits.maxRows} used.`,
        factId: limits.rowsFactId ?? undefined,
      });
    }
  } else {
    const floor = Math.ceil(mailboxCount / (maxBatches - 1));
    limit = Math.max(target ?? facts.stagedMaxRowsPerBatch.value, floor, 1);
    if (target !== null && target < floor) {
      notices.push({
        code: 'batch-size',
        message: `Batch size ${target} would need more than ${maxBatches} batches: ${floor} used.`,
        factId: 'maxBatchesPerTenant',
      });
    }
  }

  const c = (
    key: string,
    label: string,
    value: number | string,
    factId: ScheduleConstant['factId'],
    overridden: boolean,
    note?: string,
  ) =>
    constants.push(
      note
        ? { key, label, value, factId, overridden, note }
        : { key, label, value, factId, overridden },
    );
  c(
    'concurrency',
    'Concurrent migrations per endpoint',
    concurrency,
    'defaultConcurrency',
    concurrency !== facts.defaultConcurrency.value,
  );
  c('maxConcurrency', 'Most concurrent migrations per endpoint', maxC, 'maxConcurrency', false);
  c(
    'batchRows',
    'Mailboxes per batch',
    limit,
    limits.rowsFactId ?? 'maxBatchesPerTenant',
    target !== null,
    limits.rowsFactId
      ? undefined
      : 'No published row limit for this method: 2,000 (as staged) or enough to stay within 100 batches.',
  );
  c('maxBatches', 'Most migration batches at a time', maxBatches, 'maxBatchesPerTenant', false);
  if (!limits.pstRate) {
    c(
      'aggregateGBPerHour',
      'Throughput at 20 concurrent moves (GB/hour)',
      aggregate,
      'aggregateGBPerHour',
      positive(o.aggregateGBPerHour),
      'Scaled in proportion to the concurrency.',
    );
  }
  c(
    'perMailboxGBPerHour',
    'Throughput of one mailbox (GB/hour)',
    perMailbox,
    limits.pstRate ? 'pstIngestGBPerDay' : 'perMailboxGBPerHour',
    positive(o.perMailboxGBPerHour),
  );
  c(
    'durationP50Days',
    'Per-mailbox duration, median',
    tierText(p50),
    'durationByMailboxSize',
    validTable(o.durationP50Days),
  );
  c(
    'durationP90Days',
    'Per-mailbox duration, 90th percentile',
    tierText(p90),
    'durationByMailboxSizeP90',
    validTable(o.durationP90Days),
  );
  c(
    'p90Spread',
    'Worst case ÷ typical for this many mailboxes',
    Math.round(p90Spread * 100) / 100,
    'durationByTenantSizeMax',
    false,
    'Ratio of the "may take up to" and "typical" days of the tenant-size table, applied to the copy time.',
  );
  if (bandwidthGBPerHour !== null) {
    c(
      'networkEfficiency',
      'Usable share of the bandwidth',
      efficiency,
      'networkUploadEfficiency',
      positive(o.networkEfficiency),
    );
  }
  c(
    'largeMailboxGB',
    'Large mailbox (flagged) above GB',
    largeGB,
    'largeMailboxGB',
    positive(o.largeMailboxGB),
  );
  c(
    'unsupportedMailboxGB',
    'Unsupported mailbox above GB',
    facts.onboardingMaxMailboxGB.value,
    'onboardingMaxMailboxGB',
    false,
  );
  const leadDays = method === 'pst-import-drive' ? facts.driveShippingTurnaroundDays.value : 0;
  if (leadDays > 0)
    c(
      'leadDays',
      'Drive shipping turnaround (days)',
      leadDays,
      'driveShippingTurnaroundDays',
      false,
    );

  return {
    startDay,
    deadlineDay: deadlineDay !== null && !Number.isNaN(deadlineDay) ? deadlineDay : null,
    timeZone,
    startWeekdays,
    cutoverWeekdays,
    startTime,
    cutoverTime,
    blackout,
    concurrency,
    bandwidthGBPerHour,
    networkEfficiency: efficiency,
    aggregateGBPerHourAt20: aggregate,
    perMailboxGBPerHour: perMailbox,
    p50,
    p90,
    p90Spread,
    largeGB,
    unsupportedGB: facts.onboardingMaxMailboxGB.value,
    limit,
    maxBatches,
    singleBatch: limits.singleBatch,
    leadDays,
    cutoverAt: settings.cutoverAt === 'p50' ? 'p50' : 'p90',
    constants,
    notices,
  };
}
