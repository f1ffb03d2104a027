import { describe, expect, it } from 'vitest';
import { link, mailbox, scheduleFor, testInput } from '../../testing/schedule-test-data.ts';

describe('buildSchedule: limits per method', () => {
  it('makes exactly one cutover batch and explains more than 2,000 mailboxes without failing', () => {
    const s = scheduleFor(testInput(2001, [link(0, 1, 'folder')], { batchSize: 10 }, 'cutover'));
    expect(s.batches).toHaveLength(1);
    expect(s.batches[0]!.members).toHaveLength(2001);
    expect(s.binding.map((b) => b.limit)).toContain('cutover-size');
  });

  it.each([
    ['staged', 2000],
    ['pst-import-network', 500],
  ] as const)('holds %s batches to %i rows', (method, max) => {
    const s = scheduleFor(testInput(max * 2 + 7, [], {}, method));
    expect(s.batches.every((b) => b.members.length <= max)).toBe(true);
    expect(s.batches).toHaveLength(3);
    expect(s.batches[0]!.limit).toBe(max);
  });

  it('keeps methods without a row limit within 100 batches', () => {
    const s = scheduleFor(testInput(5000, [], { batchSize: 10 }));
    expect(s.batches.length).toBeLessThanOrEqual(100);
    expect(s.notices?.some((n) => n.code === 'batch-size')).toBe(true);
  });

  it('clamps concurrency to 1..300 and flags large and unsupported mailboxes', () => {
    const input = testInput(3, [], { concurrency: 500 });
    input.mailboxes = [mailbox(0, 150), mailbox(1, 250), mailbox(2, 99)];
    const s = scheduleFor(input);
    expect(s.constants?.find((c) => c.key === 'concurrency')).toMatchObject({
      value: 300,
      factId: 'defaultConcurrency',
      overridden: true,
    });
    expect(s.flags.map((f) => [f.email, f.factId])).toEqual(
      [
        ['u0@x.test', 'largeMailboxGB'],
        ['u1@x.test', 'onboardingMaxMailboxGB'],
      ].sort(
        (a, b) =>
          s.flags.findIndex((f) => f.email === a[0]) - s.flags.findIndex((f) => f.email === b[0]),
      ),
    );
  });
  it('flags a mailbox over the unsupported size even when the large size is set above it', () => {
    const input = testInput(3, [], { overrides: { largeMailboxGB: 500 } });
    input.mailboxes = [mailbox(0, 150), mailbox(1, 250), mailbox(2, 99)];
    const s = scheduleFor(input);
    expect(s.flags.map((f) => [f.email, f.factId])).toEqual([
      ['u1@x.test', 'onboardingMaxMailboxGB'],
    ]);
  });
});
