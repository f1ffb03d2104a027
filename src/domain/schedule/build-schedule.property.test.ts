import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PermissionKind } from '../inventory/mailbox.ts';
import { buildSchedule as buildCompact } from './build-schedule.ts';
import { expandSchedule } from './schedule-view.ts';
import { methodLimits } from './method-limits.ts';
import { link, mailbox, testInput } from '../../testing/schedule-test-data.ts';
import type { ScheduleInput } from './schedule-types.ts';

/** Schedules read as emails and pair objects, so tests compare what people see. */
const buildSchedule = (...args: Parameters<typeof buildCompact>) =>
  expandSchedule(buildCompact(...args));

const kinds: PermissionKind[] = [
  'calendar-delegate',
  'folder',
  'send-as',
  'send-on-behalf',
  'full-access',
];
const arbInput = fc
  .record({
    n: fc.integer({ min: 1, max: 60 }),
    edges: fc.array(fc.tuple(fc.nat(59), fc.nat(59), fc.constantFrom(...kinds)), { maxLength: 90 }),
    sizes: fc.array(fc.double({ min: 0, max: 250, noNaN: true }), { maxLength: 60 }),
    batchSize: fc.integer({ min: 1, max: 12 }),
    method: fc.constantFrom<ScheduleInput['method']>(
      'full-hybrid',
      'staged',
      'cutover',
      'imap',
      'pst-import-network',
    ),
    blackout: fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 10 }),
    groupBy: fc.constantFrom('none', 'department', 'office', 'database' as const),
    pilot: fc.boolean(),
  })
  .map(({ n, edges, sizes, batchSize, method, blackout, groupBy, pilot }) => {
    const input = testInput(
      n,
      edges.filter(([a, b]) => a < n && b < n).map(([a, b, k], i) => link(a, b, k, i + 2)),
      {
        batchSize,
        groupBy,
        blackoutDates: blackout.map((d) =>
          new Date(Date.UTC(2026, 2, 2 + d)).toISOString().slice(0, 10),
        ),
        pilot: pilot ? { mode: 'auto', size: 3, volunteers: ['u1@x.test'] } : { mode: 'none' },
      },
      method,
    );
    input.mailboxes = input.mailboxes.map((_, i) =>
      mailbox(i, sizes[i] ?? 1, i % 3 ? 'Sales' : 'IT'),
    );
    return input;
  });

describe('buildSchedule properties', () => {
  it('holds its invariants on random inventories and permission graphs', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const s = buildSchedule(input);
        const batchOf = new Map(s.batches.flatMap((b) => b.members.map((m) => [m, b.id] as const)));
        // Every mailbox in exactly one batch.
        expect(batchOf.size).toBe(input.mailboxes.length);
        expect(s.batches.reduce((t, b) => t + b.members.length, 0)).toBe(input.mailboxes.length);
        // Every linked pair in different batches is listed in splits.
        const listed = new Set(s.splits.map((p) => [p.a, p.b].sort().join(' ')));
        for (const p of input.permissions) {
          if (p.owner !== p.grantee && batchOf.get(p.owner) !== batchOf.get(p.grantee)) {
            expect(listed.has([p.owner, p.grantee].sort().join(' '))).toBe(true);
          }
        }
        // Batch limits.
        const { maxRows, singleBatch } = methodLimits(input.method);
        if (singleBatch) expect(s.batches).toHaveLength(1);
        else {
          const limit = Math.min(
            maxRows ?? Infinity,
            Math.max(input.settings.batchSize!, Math.ceil(input.mailboxes.length / 99)),
          );
          for (const b of s.batches) expect(b.members.length).toBeLessThanOrEqual(limit);
          expect(s.batches.length).toBeLessThanOrEqual(100);
        }
        // Blackout days are never a start or a cut-over.
        const banned = new Set(s.blackoutDays);
        for (const b of s.batches) {
          expect(banned.has(b.startDate) || banned.has(b.cutoverDate)).toBe(false);
          expect(b.startDate <= b.syncDoneP50 && b.syncDoneP50 <= b.syncDoneP90).toBe(true);
        }
        // Deterministic, whatever the row order.
        const shuffled = {
          ...input,
          mailboxes: [...input.mailboxes].reverse(),
          permissions: [...input.permissions].reverse(),
        };
        expect(buildSchedule(shuffled)).toEqual(s);
      }),
      { numRuns: 150, seed: 42 },
    );
  });
});
