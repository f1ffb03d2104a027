import type { Batch } from '../schedule/schedule-types.ts';

/** "Pilot batch 1: copy from 2025-03-03, switch-over 2025-03-10", for notes and the timeline. */
export function batchDates(batch: Batch): string {
  const label = batch.isPilot ? `${batch.name} (pilot)` : batch.name;
  return `${label}: copy from ${batch.startDate}, switch-over ${batch.cutoverDate}`;
}
