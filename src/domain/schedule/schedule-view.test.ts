import { describe, expect, it } from 'vitest';
import { buildSchedule } from './build-schedule.ts';
import { link, testInput } from '../../testing/schedule-test-data.ts';
import {
  batchEmails,
  batchOfEmail,
  compactSchedule,
  crossBatchSplits,
  expandSchedule,
  mailboxCount,
  scheduledEmails,
  splitPairAt,
} from './schedule-view.ts';

// A chain of six people is larger than a batch of four, so some of its links are cut.
const linked = testInput(
  12,
  [
    link(0, 1, 'folder'),
    link(1, 2, 'calendar-delegate'),
    link(2, 3, 'send-as'),
    link(3, 4, 'full-access'),
    link(4, 5, 'calendar-delegate'),
    link(7, 8, 'send-on-behalf'),
  ],
  { batchSize: 4 },
);

describe('schedule view', () => {
  it('lists every mailbox once across the batches, by position in the emails', () => {
    const s = buildSchedule(linked);
    expect(mailboxCount(s)).toBe(12);
    const positions = s.batches.flatMap((b) => [...b.memberIndexes]).sort((x, y) => x - y);
    expect(positions).toEqual(s.emails.map((_, i) => i));
    expect(scheduledEmails(s).toSorted()).toEqual(linked.mailboxes.map((m) => m.email).sort());
    for (const b of s.batches) {
      for (const email of batchEmails(s, b)) expect(batchOfEmail(s, email)?.id).toBe(b.id);
    }
    expect(batchOfEmail(s, 'nobody@x.test')).toBeUndefined();
  });

  it('gives each split pair its emails, batches, kind and strength', () => {
    const s = buildSchedule(linked);
    expect(s.splits.count).toBeGreaterThan(0);
    for (let i = 0; i < s.splits.count; i++) {
      const p = splitPairAt(s, i);
      expect(batchOfEmail(s, p.a)?.id).toBe(p.batchA);
      expect(batchOfEmail(s, p.b)?.id).toBe(p.batchB);
      expect(p.batchA).not.toBe(p.batchB);
      const want = linked.permissions.find(
        (l) => [l.owner, l.grantee].sort().join() === [p.a, p.b].sort().join(),
      );
      expect(p.kind).toBe(want?.kind);
      expect(p.strength).toBe(
        {
          'calendar-delegate': 'hard',
          folder: 'hard',
          'send-as': 'soft',
          'send-on-behalf': 'soft',
          'full-access': 'weak',
        }[p.kind],
      );
    }
    expect(crossBatchSplits(s)).toEqual(expandSchedule(s).splits);
  });

  it('keeps a returned schedule intact while later runs reuse the scheduler memory', () => {
    const first = buildSchedule(linked);
    const seen = expandSchedule(first);
    // The same number of mailboxes, so the next runs' scratch arrays fall where this run's
    // did: one regrouped, one with other addresses.
    const regrouped = [link(0, 11, 'folder'), link(3, 9, 'folder'), link(5, 6, 'send-as')];
    buildSchedule(testInput(12, regrouped, { batchSize: 3 }));
    const elsewhere = linked.mailboxes.map((m) => ({ ...m, email: `z-${m.email}` }));
    buildSchedule({ ...linked, mailboxes: elsewhere, permissions: [] });
    buildSchedule(testInput(40, [link(3, 4, 'folder'), link(7, 30, 'send-as')], { batchSize: 3 }));
    expect(expandSchedule(first)).toEqual(seen);
  });

  it('round-trips a hand-written schedule, with strengths from the kind when not given', () => {
    const batch = (id: string, members: string[]) => ({
      id,
      name: id,
      members,
      totalBytes: 0,
      isPilot: false,
      locked: false,
      startDate: '2026-03-02',
      syncDoneP50: '2026-03-03',
      syncDoneP90: '2026-03-04',
      cutoverDate: '2026-03-05',
      startAfterUtc: '2026-03-02T17:00:00Z',
      completeAfterUtc: '2026-03-05T17:00:00Z',
    });
    const batches = [batch('b1', ['a@x.test', 'b@x.test']), batch('b2', ['c@x.test'])];
    const pair = { a: 'a@x.test', b: 'c@x.test', batchA: 'b1', batchB: 'b2', daysApart: 3 };
    const compact = compactSchedule(batches, [
      { ...pair, kind: 'folder' },
      { ...pair, kind: 'folder', strength: 'executive' },
      { ...pair, kind: 'send-on-behalf' },
      { ...pair, batchB: 'b1', daysApart: 0, kind: 'full-access' },
    ]);
    expect(compact.emails).toEqual(['c@x.test', 'b@x.test', 'a@x.test']);
    const schedule = { ...testSchedule(), ...compact };
    const round = expandSchedule(schedule);
    expect(round.batches).toEqual(batches);
    expect(round.splits.map((p) => p.strength)).toEqual(['hard', 'executive', 'soft', 'weak']);
    expect(crossBatchSplits(schedule)).toHaveLength(3);
    expect(() => compactSchedule(batches, [{ ...pair, kind: 'nope' }])).toThrow(/kind nope/);
    expect(() => compactSchedule(batches, [{ ...pair, kind: 'folder', batchA: 'b9' }])).toThrow(
      /batch b9/,
    );
  });
});

function testSchedule() {
  const s = buildSchedule(testInput(1));
  return { ...s, batches: [], splits: s.splits, emails: [] };
}
