import { describe, expect, it } from 'vitest';
import { dayNumber, weekdayOf } from '../calendar.ts';
import { scheduleFor, testInput } from '../../testing/schedule-test-data.ts';

describe('buildSchedule: dates', () => {
  it('never starts or cuts over on a blackout date or outside the windows', () => {
    const blackout = ['2026-03-06', { from: '2026-03-09', to: '2026-03-20' }];
    const s = scheduleFor(testInput(40, [], { batchSize: 5, blackoutDates: blackout }));
    const banned = new Set(s.blackoutDays);
    expect(banned.size).toBe(13);
    for (const b of s.batches) {
      expect(banned.has(b.startDate)).toBe(false);
      expect(banned.has(b.cutoverDate)).toBe(false);
      expect([1, 2, 3, 4, 5]).toContain(weekdayOf(dayNumber(b.startDate)));
      expect([5, 6]).toContain(weekdayOf(dayNumber(b.cutoverDate)));
      expect(b.startDate <= b.syncDoneP50 && b.syncDoneP50 <= b.syncDoneP90).toBe(true);
    }
  });

  it('gives the UTC instants of the local window times across a daylight-saving change', () => {
    const s = scheduleFor(
      testInput(1, [], {
        startDate: '2026-03-27',
        windows: {
          startWeekdays: [5],
          startTime: '18:00',
          cutoverWeekdays: [0, 1, 2, 3, 4, 5, 6],
          cutoverTime: '19:00',
        },
      }),
    );
    const b = s.batches[0]!;
    expect(b.startDate).toBe('2026-03-27');
    expect(b.startAfterUtc).toBe('2026-03-27T17:00:00Z');
    expect(b.cutoverDate).toBe('2026-04-03');
    expect(b.completeAfterUtc).toBe('2026-04-03T17:00:00Z');
    const ny = scheduleFor(
      testInput(1, [], { timeZone: 'America/New_York', startDate: '2026-10-30', cutoverAt: 'p50' }),
    );
    expect(ny.batches[0]!.startAfterUtc).toBe('2026-10-30T22:00:00Z');
    expect(ny.batches[0]!.completeAfterUtc).toBe('2026-10-31T23:00:00Z');
    const after = scheduleFor(
      testInput(1, [], { timeZone: 'America/New_York', startDate: '2026-11-06', cutoverAt: 'p50' }),
    );
    expect(after.batches[0]!.completeAfterUtc).toBe('2026-11-08T00:00:00Z');
  });

  it('holds dates past 9999-12-31 at that day, with a notice, rather than failing', () => {
    for (const size of [2 ** 53, Number.POSITIVE_INFINITY]) {
      const input = testInput(60, [], { pilot: { mode: 'list', emails: ['u51@x.test'] } });
      input.mailboxes[51]!.sizeBytes = size;
      input.mailboxes[59]!.sizeBytes = size;
      const s = scheduleFor(input);
      const dates = s.batches.flatMap((b) => [b.startDate, b.syncDoneP90, b.cutoverDate]);
      expect(dates.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && d <= '9999-12-31')).toBe(true);
      expect(s.endDate).toBe('9999-12-31');
      expect(s.notices?.map((n) => n.code)).toContain('past-last-day');
    }
    const normal = scheduleFor(testInput(60));
    expect(normal.notices?.map((n) => n.code)).not.toContain('past-last-day');
  });
});
