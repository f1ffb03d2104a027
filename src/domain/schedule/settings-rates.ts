import { facts } from '../facts.ts';
import type { MethodLimits } from './method-limits.ts';
import { positive } from './settings-capacity.ts';
import type { ScheduleSettings } from './schedule-types.ts';

export type DurationTable = readonly (readonly [number, number])[];

/** Throughput and duration figures: the published ones unless the user overrode them. */
export type RateSettings = {
  networkEfficiency: number;
  /** Usable GB/hour of the uplink, null when unknown. */
  bandwidthGBPerHour: number | null;
  aggregateGBPerHourAt20: number;
  perMailboxGBPerHour: number;
  p50: DurationTable;
  p90: DurationTable;
  /** How much longer the copy may take at the 90th percentile than typically. */
  p90Spread: number;
  largeGB: number;
};

function tierFor(table: DurationTable, count: number): number {
  for (const [upTo, days] of table) if (count < upTo) return days;
  return table[table.length - 1]?.[1] ?? 0;
}

export function validTable(t: unknown): t is [number, number][] {
  return (
    Array.isArray(t) &&
    t.length > 0 &&
    t.every(
      (r) => Array.isArray(r) && r.length === 2 && r.every((x) => Number.isFinite(x) && x >= 0),
    )
  );
}

/** The rates and durations the dates are computed with; overrides out of range are ignored. */
export function readRates(
  limits: MethodLimits,
  settings: ScheduleSettings,
  mailboxCount: number,
): RateSettings {
  const o = settings.overrides ?? {};
  const efficiency =
    positive(o.networkEfficiency) && o.networkEfficiency <= 1
      ? o.networkEfficiency
      : facts.networkUploadEfficiency.value;
  // The 10-14 GB/hour figure is for MRS-style batches; PST import runs per mailbox pair.
  const aggregate = limits.pstRate
    ? Number.POSITIVE_INFINITY
    : positive(o.aggregateGBPerHour)
      ? o.aggregateGBPerHour
      : facts.aggregateGBPerHour.value;
  const perMailboxDefault = limits.pstRate
    ? facts.pstIngestGBPerDay.value / 24
    : facts.perMailboxGBPerHour.value;
  const typical = tierFor(facts.durationByTenantSize.value, mailboxCount);
  const upTo = tierFor(facts.durationByTenantSizeMax.value, mailboxCount);
  return {
    networkEfficiency: efficiency,
    bandwidthGBPerHour: positive(settings.bandwidthMbps)
      ? (settings.bandwidthMbps * efficiency * 3600) / 8 / 1000
      : null,
    aggregateGBPerHourAt20: aggregate,
    perMailboxGBPerHour: positive(o.perMailboxGBPerHour)
      ? o.perMailboxGBPerHour
      : perMailboxDefault,
    p50: validTable(o.durationP50Days) ? o.durationP50Days : facts.durationByMailboxSize.value,
    p90: validTable(o.durationP90Days) ? o.durationP90Days : facts.durationByMailboxSizeP90.value,
    p90Spread: typical > 0 ? upTo / typical : 1,
    largeGB: positive(o.largeMailboxGB) ? o.largeMailboxGB : facts.largeMailboxGB.value,
  };
}
