import { facts } from '../facts.ts';
import type { MigrationMethod } from '../methods/method-list.ts';
import { methodLimits } from './method-limits.ts';
import { readCalendar, type CalendarSettings } from './settings-calendar.ts';
import { readBatchSizing, readConcurrency } from './settings-capacity.ts';
import { scheduleConstants } from './settings-constants.ts';
import type { DurationTable } from './settings-rates.ts';
import { readRates } from './settings-rates.ts';
import type { ScheduleConstant, ScheduleNotice, ScheduleSettings } from './schedule-types.ts';

export type { DurationTable } from './settings-rates.ts';

/** Settings checked, clamped and turned into numbers the scheduler works with. */
export type ResolvedSettings = CalendarSettings & {
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

/**
 * Checks settings (never throws for a bad value except an unusable start date). Each group
 * has its reader: the calendar (dates, windows, blackout), capacity (concurrency, batch
 * sizing), rates (throughput and durations, with their overrides); notices come in that order.
 */
export function resolveSettings(
  method: MigrationMethod,
  settings: ScheduleSettings,
  mailboxCount: number,
): ResolvedSettings {
  const notices: ScheduleNotice[] = [];
  const calendar = readCalendar(settings, notices);
  const concurrency = readConcurrency(settings, notices);
  const limits = methodLimits(method);
  const rates = readRates(limits, settings, mailboxCount);
  const sizing = readBatchSizing(limits, settings, mailboxCount, notices);
  const leadDays = method === 'pst-import-drive' ? facts.driveShippingTurnaroundDays.value : 0;
  return {
    ...calendar,
    concurrency,
    bandwidthGBPerHour: rates.bandwidthGBPerHour,
    networkEfficiency: rates.networkEfficiency,
    aggregateGBPerHourAt20: rates.aggregateGBPerHourAt20,
    perMailboxGBPerHour: rates.perMailboxGBPerHour,
    p50: rates.p50,
    p90: rates.p90,
    p90Spread: rates.p90Spread,
    largeGB: rates.largeGB,
    unsupportedGB: facts.onboardingMaxMailboxGB.value,
    limit: sizing.limit,
    maxBatches: sizing.maxBatches,
    singleBatch: limits.singleBatch,
    leadDays,
    cutoverAt: settings.cutoverAt === 'p50' ? 'p50' : 'p90',
    constants: scheduleConstants({ limits, settings, concurrency, sizing, rates, leadDays }),
    notices,
  };
}
