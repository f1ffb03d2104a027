import type { Batch, Schedule } from '../schedule/schedule-types.ts';

function batch(
  b: Partial<Batch> & Pick<Batch, 'id' | 'name' | 'members' | 'startDate' | 'cutoverDate'>,
): Batch {
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
  batches: [
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
  splits: [
    {
      a: 'alice@contoso.com',
      b: 'carol@contoso.com',
      kind: 'calendar-delegate',
      batchA: 'b1',
      batchB: 'b2',
      daysApart: 18,
    },
  ],
  flags: [],
  endDate: '2025-04-01',
  meetsDeadline: true,
  binding: [],
};
