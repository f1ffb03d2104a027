import { describe, expect, it } from 'vitest';
import { mailbox, scheduleFor, testInput } from '../../testing/schedule-test-data.ts';

describe('buildSchedule: what holds a late plan back', () => {
  it('meets a generous deadline and names concurrency when it binds', () => {
    const input = testInput(400, [], { deadline: '2026-06-30' });
    input.mailboxes = input.mailboxes.map((m, i) => mailbox(i, 8 + (i % 5), m.department));
    const s = scheduleFor(input);
    expect(s.meetsDeadline).toBe(true);
    const tight = scheduleFor({
      ...input,
      settings: { ...input.settings, deadline: '2026-03-31' },
    });
    expect(tight.meetsDeadline).toBe(false);
    const fix = tight.binding.find((b) => b.limit === 'concurrency');
    expect(fix?.fix).toMatch(/^raise concurrency to \d+$/);
    const needed = Number(fix!.fix.split(' ').pop());
    const fixed = scheduleFor({
      ...input,
      settings: { ...input.settings, deadline: '2026-03-31', concurrency: needed },
    });
    expect(fixed.meetsDeadline).toBe(true);
    const short = scheduleFor({
      ...input,
      settings: { ...input.settings, deadline: '2026-03-31', concurrency: needed - 1 },
    });
    expect(short.meetsDeadline).toBe(false);
  });

  it('names the largest mailbox when it alone holds the plan back', () => {
    const input = testInput(10, [], { deadline: '2026-03-10', cutoverAt: 'p50' });
    input.mailboxes[4] = mailbox(4, 140);
    const s = scheduleFor(input);
    expect(s.meetsDeadline).toBe(false);
    expect(s.binding.find((b) => b.limit === 'largest-mailbox')?.fix).toBe(
      'move u4@x.test (140 GB) to a PST/archive pre-stage',
    );
  });

  it('names bandwidth when the line is the limit', () => {
    const input = testInput(200, [], { deadline: '2026-04-30', bandwidthMbps: 10 });
    input.mailboxes = input.mailboxes.map((m, i) => mailbox(i, 9, m.department));
    const s = scheduleFor(input);
    expect(s.meetsDeadline).toBe(false);
    expect(s.binding.find((b) => b.limit === 'bandwidth')?.fix).toMatch(
      /^raise the bandwidth to \d+ Mbps/,
    );
  });
});
