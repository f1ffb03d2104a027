import type { Schedule } from '../domain/schedule/schedule-types.ts';
import { compactSchedule, type ExpandedBatch } from '../domain/schedule/schedule-view.ts';

function batch(
  b: Partial<ExpandedBatch> &
    Pick<ExpandedBatch, 'id' | 'name' | 'members' | 'startDate' | 'cutoverDate'>,
): ExpandedBatch {
  return {
    totalBytes: 0,
    isPilot: false,
    locked: false,
    syncDoneP50: b.startDate,
    syncDoneP90: b.cutoverDate,
    startAfterUtc: `${b.startDate}T18:00:00Z`,
    completeAfterUtc: `${b.cutoverDate}T18:00:00Z`,
    ...b,
  };
}

/** A small literal schedule for tests: a pilot and a second batch across a month end, one split pair. */
export const fixtureSchedule: Schedule = {
  method: 'full-hybrid',
  ...compactSchedule(
    [
      batch({
        id: 'b1',
        name: 'Pilot',
        isPilot: true,
        members: ['alice@contoso.com', 'bob@contoso.com'],
        startDate: '2025-03-03',
        syncDoneP50: '2025-03-04',
        syncDoneP90: '2025-03-10',
        cutoverDate: '2025-03-14',
      }),
      batch({
        id: 'b2',
        name: 'Batch 2',
        members: ['carol@contoso.com', 'dave@contoso.com'],
        startDate: '2025-03-17',
        syncDoneP50: '2025-03-19',
        syncDoneP90: '2025-03-27',
        cutoverDate: '2025-04-01',
      }),
    ],
    [
      {
        a: 'alice@contoso.com',
        b: 'carol@contoso.com',
        kind: 'calendar-delegate',
        batchA: 'b1',
        batchB: 'b2',
        daysApart: 18,
      },
    ],
  ),
  flags: [],
  endDate: '2025-04-01',
  meetsDeadline: true,
  binding: [],
};
