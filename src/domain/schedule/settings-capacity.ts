import { facts } from '../facts.ts';
import type { MethodLimits } from './method-limits.ts';
import type { ScheduleNotice, ScheduleSettings } from './schedule-types.ts';

/** A number the user may set: finite and above 0. */
export function positive(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v > 0;
}

/** Concurrent moves per endpoint, clamped to Microsoft's range. */
export function readConcurrency(settings: ScheduleSettings, notices: ScheduleNotice[]): number {
  const maxC = facts.maxConcurrency.value;
  const concurrency = Math.round(Number(settings.concurrency));
  if (Number.isFinite(concurrency) && concurrency >= 1 && concurrency <= maxC) return concurrency;
  const clamped = Number.isFinite(concurrency)
    ? Math.min(maxC, Math.max(1, concurrency))
    : facts.defaultConcurrency.value;
  notices.push({
    code: 'concurrency',
    message: `Concurrency ${settings.concurrency} is outside 1-${maxC}: ${clamped} used.`,
    factId: 'maxConcurrency',
  });
  return clamped;
}

/** Batch sizing: rows per batch the packer fills to, and the user's target (null: none). */
export type BatchSizing = { limit: number; target: number | null; maxBatches: number };

/**
 * Rows per batch: everyone for a single-batch method, the method's row limit, or (no
 * published limit) the staged size unless that would need more batches than a tenant holds.
 */
export function readBatchSizing(
  limits: MethodLimits,
  settings: ScheduleSettings,
  mailboxCount: number,
  notices: ScheduleNotice[],
): BatchSizing {
  const maxBatches = facts.maxBatchesPerTenant.value;
  const target = positive(settings.batchSize) ? Math.floor(settings.batchSize) : null;
  if (limits.singleBatch) return { limit: Math.max(1, mailboxCount), target, maxBatches };
  if (limits.maxRows !== null) {
    if (target !== null && target > limits.maxRows) {
      notices.push({
        code: 'batch-size',
        message: `Batch size ${target} is over the method's limit of ${limits.maxRows} rows: ${limits.maxRows} used.`,
        factId: limits.rowsFactId ?? undefined,
      });
    }
    return { limit: Math.min(limits.maxRows, target ?? limits.maxRows), target, maxBatches };
  }
  const floor = Math.ceil(mailboxCount / (maxBatches - 1));
  if (target !== null && target < floor) {
    notices.push({
      code: 'batch-size',
      message: `Batch size ${target} would need more than ${maxBatches} batches: ${floor} used.`,
      factId: 'maxBatchesPerTenant',
    });
  }
  return {
    limit: Math.max(target ?? facts.stagedMaxRowsPerBatch.value, floor, 1),
    target,
    maxBatches,
  };
}
