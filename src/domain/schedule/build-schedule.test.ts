import { describe, expect, it } from 'vitest';
import { ArrayArena } from './array-arena.ts';
import { scheduleIn, scratchEstimate } from './build-schedule.ts';
import { link, scheduleFor, testInput } from '../../testing/schedule-test-data.ts';

describe('buildSchedule: determinism', () => {
  it('gives the same schedule for the same input in any row order', () => {
    const perms = [
      link(0, 5, 'folder'),
      link(5, 9, 'send-on-behalf'),
      link(3, 4, 'full-access'),
      link(9, 11, 'send-as'),
    ];
    const input = testInput(30, perms, {
      batchSize: 4,
      pilot: { mode: 'list', emails: ['u3@x.test'] },
    });
    const a = scheduleFor(input);
    const b = scheduleFor({
      ...input,
      mailboxes: [...input.mailboxes].reverse(),
      permissions: [...perms].reverse(),
    });
    expect(b).toEqual(a);
    expect(scheduleFor(input)).toEqual(a);
  });

  it('gives the same schedule after a larger run reused its scratch memory, and when nested', () => {
    const perms = [link(0, 5, 'folder'), link(5, 9, 'send-on-behalf'), link(3, 4, 'full-access')];
    const input = testInput(30, perms, { batchSize: 4 });
    const a = scheduleFor(input);
    scheduleFor(testInput(500, [link(1, 2, 'folder')], { batchSize: 7 }));
    expect(scheduleFor(input)).toEqual(a);
    // A progress callback that schedules again must not disturb the outer run.
    let inner: ReturnType<typeof scheduleFor> | null = null;
    const outer = scheduleFor(input, (p) => {
      if (p.phase === 'groups') inner = scheduleFor(testInput(200, [], { batchSize: 9 }));
    });
    expect(outer).toEqual(a);
    expect(inner).toEqual(scheduleFor(testInput(200, [], { batchSize: 9 })));
  });
});

describe('scratchEstimate', () => {
  // A run that asks for more than the estimate pays a further buffer (and with it perhaps a
  // full collection) on a first run; one far below it holds memory it does not use.
  it('is at or a little above what a run asks its arena for', () => {
    const rnd = (k: number) => (Math.imul(k, 2654435761) >>> 0) % 20_000;
    const perms = Array.from({ length: 30_000 }, (_, k) =>
      link(rnd(k), rnd(k + 7), k % 2 ? 'folder' : 'send-as'),
    );
    for (const [count, permissions] of [
      [1000, []],
      [20_000, perms],
      [20_000, [...perms, ...perms, ...perms]],
    ] as const) {
      for (const method of ['full-hybrid', 'staged', 'imap'] as const) {
        const arena = new ArrayArena();
        const input = testInput(count, permissions.slice(), { groupBy: 'department' }, method);
        scheduleIn(arena, input);
        const estimate = scratchEstimate(count, permissions.length);
        expect(estimate).toBeGreaterThanOrEqual(arena.used);
        expect(estimate).toBeLessThanOrEqual(arena.used * 1.1);
      }
    }
  });
});

describe('split kinds do not depend on row order', () => {
  it('a pair with two equally strong kinds reports the same kind either way', async () => {
    const { defaultScheduleSettings } = await import('./default-schedule-settings.ts');
    const mk = (email: string, row: number) => ({
      row,
      displayName: email,
      email,
      type: 'UserMailbox' as const,
      sizeBytes: 1024 ** 3,
      itemCount: null,
      archiveSizeBytes: null,
      department: '',
      office: '',
      database: '',
    });
    const mailboxes = [mk('a@x.com', 2), mk('b@x.com', 3), mk('c@x.com', 4)];
    const permissions = [
      { row: 2, owner: 'a@x.com', grantee: 'b@x.com', kind: 'send-on-behalf' as const, rights: '' },
      { row: 3, owner: 'a@x.com', grantee: 'b@x.com', kind: 'send-as' as const, rights: '' },
    ];
    const settings = {
      ...defaultScheduleSettings('2026-03-02', 'UTC'),
      batchSize: 1,
      pilot: { mode: 'none' as const },
    };
    const run = (perms: typeof permissions) =>
      scheduleFor({
        method: 'staged',
        mailboxes,
        permissions: perms,
        settings,
        edits: [],
      }).splits.map((s) => s.kind);
    expect(run(permissions)).toEqual(['send-as']);
    expect(run([...permissions].reverse())).toEqual(['send-as']);
  });
});
