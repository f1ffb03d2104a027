import type { MigrationMethod } from '../domain/methods/method-list.ts';
import type { Schedule } from '../domain/schedule/schedule-types.ts';
import { compactSchedule, type ExpandedBatch } from '../domain/schedule/schedule-view.ts';

/** A batch for export tests: dates fixed, only name and members vary. */
export function testBatch(
  id: string,
  name: string,
  members: string[],
  isPilot = false,
): ExpandedBatch {
  return {
    id,
    name,
    members,
    totalBytes: 0,
    isPilot,
    locked: false,
    startDate: '2026-03-02',
    syncDoneP50: '2026-03-04',
    syncDoneP90: '2026-03-10',
    cutoverDate: '2026-03-13',
    startAfterUtc: '2026-03-02T17:00:00Z',
    completeAfterUtc: '2026-03-13T17:00:00Z',
  };
}

export function testSchedule(method: MigrationMethod, batches: ExpandedBatch[]): Schedule {
  return {
    method,
    ...compactSchedule(batches),
    flags: [],
    endDate: '2026-03-13',
    meetsDeadline: true,
    binding: [],
  };
}

/** Two small batches: a pilot of two and a second batch of one, with distinct dates. */
export function twoBatches(method: MigrationMethod): Schedule {
  const second = testBatch('b2', 'Sales & Marketing', ['carol@contoso.com']);
  return testSchedule(method, [
    testBatch('b1', 'Pilot', ['alice@contoso.com', 'bob@contoso.com'], true),
    {
      ...second,
      startAfterUtc: '2026-03-16T17:00:00Z',
      completeAfterUtc: '2026-03-27T18:30:00Z',
    },
  ]);
}

export function emails(count: number, domain = 'x.test'): string[] {
  return Array.from({ length: count }, (_, i) => `u${i}@${domain}`);
}
