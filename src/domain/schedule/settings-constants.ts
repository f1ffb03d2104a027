import { facts } from '../facts.ts';
import type { MethodLimits } from './method-limits.ts';
import type { BatchSizing } from './settings-capacity.ts';
import { positive } from './settings-capacity.ts';
import type { DurationTable, RateSettings } from './settings-rates.ts';
import { validTable } from './settings-rates.ts';
import type { ScheduleConstant, ScheduleSettings } from './schedule-types.ts';

/** What the constants table is made from: the settings as resolved, and as the user set them. */
export type ConstantsInput = {
  limits: MethodLimits;
  settings: ScheduleSettings;
  concurrency: number;
  sizing: BatchSizing;
  rates: RateSettings;
  leadDays: number;
};

function tierText(table: DurationTable): string {
  return table.map(([gb, days]) => `≤ ${gb} GB: ${days} d`).join(', ');
}

function constant(
  key: string,
  label: string,
  value: number | string,
  factId: ScheduleConstant['factId'],
  overridden: boolean,
  note?: string,
): ScheduleConstant {
  return note
    ? { key, label, value, factId, overridden, note }
    : { key, label, value, factId, overridden };
}

/** Concurrency and batch sizing. */
function capacityConstants(x: ConstantsInput): ScheduleConstant[] {
  const { limits, concurrency } = x;
  const { limit, target, maxBatches } = x.sizing;
  return [
    constant(
      'concurrency',
      'Concurrent migrations per endpoint',
      concurrency,
      'defaultConcurrency',
      concurrency !== facts.defaultConcurrency.value,
    ),
    constant(
      'maxConcurrency',
      'Most concurrent migrations per endpoint',
      facts.maxConcurrency.value,
      'maxConcurrency',
      false,
    ),
    constant(
      'batchRows',
      'Mailboxes per batch',
      limit,
      limits.rowsFactId ?? 'maxBatchesPerTenant',
      target !== null,
      limits.rowsFactId
        ? undefined
        : 'No published row limit for this method: 2,000 (as staged) or enough to stay within 100 batches.',
    ),
    constant(
      'maxBatches',
      'Most migration batches at a time',
      maxBatches,
      'maxBatchesPerTenant',
      false,
    ),
  ];
}

/** Throughput and durations; the aggregate rate only where it applies (not to PST import). */
function rateConstants(x: ConstantsInput): ScheduleConstant[] {
  const { limits, rates: r } = x;
  const o = x.settings.overrides ?? {};
  const out: ScheduleConstant[] = [];
  if (!limits.pstRate) {
    out.push(
      constant(
        'aggregateGBPerHour',
        'Throughput at 20 concurrent moves (GB/hour)',
        r.aggregateGBPerHourAt20,
        'aggregateGBPerHour',
        positive(o.aggregateGBPerHour),
        'Scaled in proportion to the concurrency.',
      ),
    );
  }
  out.push(
    constant(
      'perMailboxGBPerHour',
      'Throughput of one mailbox (GB/hour)',
      r.perMailboxGBPerHour,
      limits.pstRate ? 'pstIngestGBPerDay' : 'perMailboxGBPerHour',
      positive(o.perMailboxGBPerHour),
    ),
    constant(
      'durationP50Days',
      'Per-mailbox duration, median',
      tierText(r.p50),
      'durationByMailboxSize',
      validTable(o.durationP50Days),
    ),
    constant(
      'durationP90Days',
      'Per-mailbox duration, 90th percentile',
      tierText(r.p90),
      'durationByMailboxSizeP90',
      validTable(o.durationP90Days),
    ),
    constant(
      'p90Spread',
      'Worst case ÷ typical for this many mailboxes',
      Math.round(r.p90Spread * 100) / 100,
      'durationByTenantSizeMax',
      false,
      'Ratio of the "may take up to" and "typical" days of the tenant-size table, applied to the copy time.',
    ),
  );
  return out;
}

/** Network share, mailbox size limits and the drive shipping lead time. */
function limitConstants(x: ConstantsInput): ScheduleConstant[] {
  const { rates: r } = x;
  const o = x.settings.overrides ?? {};
  const out: ScheduleConstant[] = [];
  if (r.bandwidthGBPerHour !== null) {
    out.push(
      constant(
        'networkEfficiency',
        'Usable share of the bandwidth',
        r.networkEfficiency,
        'networkUploadEfficiency',
        positive(o.networkEfficiency),
      ),
    );
  }
  out.push(
    constant(
      'largeMailboxGB',
      'Large mailbox (flagged) above GB',
      r.largeGB,
      'largeMailboxGB',
      positive(o.largeMailboxGB),
    ),
    constant(
      'unsupportedMailboxGB',
      'Unsupported mailbox above GB',
      facts.onboardingMaxMailboxGB.value,
      'onboardingMaxMailboxGB',
      false,
    ),
  );
  if (x.leadDays > 0) {
    out.push(
      constant(
        'leadDays',
        'Drive shipping turnaround (days)',
        x.leadDays,
        'driveShippingTurnaroundDays',
        false,
      ),
    );
  }
  return out;
}

/** Every figure the schedule used, in the order the constants table lists them. */
export function scheduleConstants(x: ConstantsInput): ScheduleConstant[] {
  return [...capacityConstants(x), ...rateConstants(x), ...limitConstants(x)];
}
