import { describe, expect, it } from 'vitest';
import { ArrayArena } from './array-arena.ts';
import { buildSchedule as buildCompact, scheduleIn, scratchEstimate } from './build-schedule.ts';
import { expandSchedule } from './schedule-view.ts';
import { dayNumber, weekdayOf } from '../calendar.ts';
import { fnv1a } from './email-hash.ts';
import { link, mailbox, testInput } from '../../testing/schedule-test-data.ts';

/** Schedules read as emails and pair objects, so tests compare what people see. */
const buildSchedule = (...args: Parameters<typeof buildCompact>) =>
  expandSchedule(buildCompact(...args));

const batchOf = (s: ReturnType<typeof buildSchedule>, email: string) =>
  s.batches.find((b) => b.members.includes(email))?.id;

describe('buildSchedule: grouping', () => {
  it('keeps linked people in one batch when their group fits', () => {
    const perms = [
      link(0, 7, 'calendar-delegate'),
      link(7, 13, 'send-as'),
      link(2, 9, 'full-access'),
    ];
    const s = buildSchedule(testInput(20, perms, { batchSize: 5 }));
    expect(batchOf(s, 'u0@x.test')).toBe(batchOf(s, 'u7@x.test'));
    expect(batchOf(s, 'u7@x.test')).toBe(batchOf(s, 'u13@x.test'));
    expect(batchOf(s, 'u2@x.test')).toBe(batchOf(s, 'u9@x.test'));
    expect(s.splits).toEqual([]);
    expect(s.batches.every((b) => b.members.length <= 5)).toBe(true);
    expect(s.batches.flatMap((b) => b.members).sort()).toEqual(
      Array.from({ length: 20 }, (_, i) => `u${i}@x.test`).sort(),
    );
  });

  it('splits an oversized group at its weak links first and lists the split pairs', () => {
    // Two hard-linked teams of 4 joined by one Full Access link; batches of 4.
    const perms = [
      link(0, 1, 'calendar-delegate'),
      link(1, 2, 'folder'),
      link(2, 3, 'calendar-delegate'),
      link(4, 5, 'folder'),
      link(5, 6, 'calendar-delegate'),
      link(6, 7, 'folder'),
      link(3, 4, 'full-access'),
    ];
    const s = buildSchedule(testInput(8, perms, { batchSize: 4 }));
    expect(s.splits).toHaveLength(1);
    expect(s.splits[0]).toMatchObject({
      a: expect.any(String),
      kind: 'full-access',
      strength: 'weak',
    });
    expect(new Set(s.splits[0] && [s.splits[0].a, s.splits[0].b])).toEqual(
      new Set(['u3@x.test', 'u4@x.test']),
    );
    const split = s.splits[0]!;
    const cut = (id: string) => s.batches.find((b) => b.id === id)!.cutoverDate;
    expect(split.daysApart).toBe(
      Math.abs(dayNumber(cut(split.batchA)) - dayNumber(cut(split.batchB))),
    );
  });

  it('cuts soft links before hard ones', () => {
    const perms = [link(0, 1, 'calendar-delegate'), link(1, 2, 'send-as'), link(2, 3, 'folder')];
    const s = buildSchedule(testInput(4, perms, { batchSize: 2 }));
    expect(s.splits.map((x) => x.kind)).toEqual(['send-as']);
  });

  it('cuts a hard link only when the hard group alone is larger than a batch', () => {
    const perms = [link(0, 1, 'calendar-delegate'), link(1, 2, 'calendar-delegate')];
    const s = buildSchedule(testInput(3, perms, { batchSize: 2 }, 'staged'));
    expect(s.splits).toHaveLength(1);
    expect(s.splits[0]!.strength).toBe('executive');
    expect(s.notices?.some((n) => n.code === 'delegates-split')).toBe(true);
  });

  it('ignores permissions naming unknown mailboxes and self links', () => {
    const perms = [
      { row: 2, owner: 'ghost@x.test', grantee: 'u1@x.test', kind: 'folder' as const, rights: '' },
      link(1, 1, 'folder'),
    ];
    const s = buildSchedule(testInput(3, perms));
    expect(s.splits).toEqual([]);
    expect(s.notices?.find((n) => n.code === 'unknown-permissions')?.message).toMatch(/^1 /);
  });

  it('groups by department when asked', () => {
    const input = testInput(12, [], { groupBy: 'department', batchSize: 4 });
    input.mailboxes = input.mailboxes.map((m, i) => ({
      ...m,
      department: i % 2 ? 'Finance' : 'Legal',
    }));
    const s = buildSchedule(input);
    for (const b of s.batches) {
      const depts = new Set(
        b.members.map((e) => input.mailboxes.find((m) => m.email === e)!.department),
      );
      expect(depts.size).toBe(1);
    }
  });

  it('files a group that spans departments under the department of its first mailbox', () => {
    // Canonical order is by email hash: a, b, c are the first three mailboxes in it. The hard
    // link b–c is merged before the weak a–b, so b (not a) becomes the group's root.
    const byHash = Array.from({ length: 10 }, (_, i) => i).sort(
      (x, y) => fnv1a(`u${x}@x.test`) - fnv1a(`u${y}@x.test`),
    );
    const [a, b, c, ...rest] = byHash as [number, number, number, ...number[]];
    const input = testInput(10, [link(b, c, 'folder'), link(a, b, 'full-access')], {
      groupBy: 'department',
      batchSize: 3,
    });
    const dept = (i: number) => (i === a ? 'Beta' : i === b ? 'Zulu' : 'Alpha');
    input.mailboxes = input.mailboxes.map((m, i) => ({ ...m, department: dept(i) }));
    const s = buildSchedule(input);
    const group = s.batches.find((x) => x.members.includes(`u${a}@x.test`))!;
    expect(group.members.sort()).toEqual([a, b, c].map((i) => `u${i}@x.test`).sort());
    expect(group.name).toMatch(/· Beta$/);
    expect(s.batches.filter((x) => x !== group).every((x) => x.name.endsWith('· Alpha'))).toBe(
      true,
    );
    expect(rest.length).toBe(7);
  });

  it('builds a pilot from volunteers and IT with their linked colleagues', () => {
    const input = testInput(30, [link(3, 4, 'calendar-delegate')], {
      pilot: { mode: 'auto', size: 4, volunteers: ['u20@x.test'] },
    });
    input.mailboxes[3] = { ...input.mailboxes[3]!, department: 'IT' };
    input.mailboxes[5] = { ...input.mailboxes[5]!, department: 'IT Services' };
    const s = buildSchedule(input);
    const pilot = s.batches[0]!;
    expect(pilot.isPilot).toBe(true);
    expect(pilot.members.sort()).toEqual(['u20@x.test', 'u3@x.test', 'u4@x.test', 'u5@x.test']);
    const next = s.batches[1]!;
    expect(next.startDate > pilot.cutoverDate).toBe(true);
  });
});

describe('buildSchedule: automatic pilot', () => {
  it('leaves out IT staff with a mailbox too large for a pilot, and their group', () => {
    const input = testInput(30, [link(3, 4, 'calendar-delegate')], {
      pilot: { mode: 'auto', size: 4, volunteers: [] },
    });
    input.mailboxes[3] = { ...mailbox(3, 1, 'IT'), sizeBytes: 1536 * 1024 ** 3 };
    input.mailboxes[4] = mailbox(4, 1, 'IT');
    input.mailboxes[6] = mailbox(6, 2, 'IT');
    input.mailboxes[7] = mailbox(7, 101, 'IT');
    const pilot = buildSchedule(input).batches[0]!;
    expect(pilot.isPilot).toBe(true);
    expect(pilot.members).toEqual(['u6@x.test']);
    // Listed by hand, a large mailbox is the admin's choice.
    const listed = buildSchedule({
      ...input,
      settings: { ...input.settings, pilot: { mode: 'list', emails: ['u7@x.test'] } },
    });
    expect(listed.batches[0]!.members).toEqual(['u7@x.test']);
  });
});

describe('buildSchedule: limits per method', () => {
  it('makes exactly one cutover batch and explains more than 2,000 mailboxes without failing', () => {
    const s = buildSchedule(testInput(2001, [link(0, 1, 'folder')], { batchSize: 10 }, 'cutover'));
    expect(s.batches).toHaveLength(1);
    expect(s.batches[0]!.members).toHaveLength(2001);
    expect(s.binding.map((b) => b.limit)).toContain('cutover-size');
  });

  it.each([
    ['staged', 2000],
    ['pst-import-network', 500],
  ] as const)('holds %s batches to %i rows', (method, max) => {
    const s = buildSchedule(testInput(max * 2 + 7, [], {}, method));
    expect(s.batches.every((b) => b.members.length <= max)).toBe(true);
    expect(s.batches).toHaveLength(3);
    expect(s.batches[0]!.limit).toBe(max);
  });

  it('keeps methods without a row limit within 100 batches', () => {
    const s = buildSchedule(testInput(5000, [], { batchSize: 10 }));
    expect(s.batches.length).toBeLessThanOrEqual(100);
    expect(s.notices?.some((n) => n.code === 'batch-size')).toBe(true);
  });

  it('clamps concurrency to 1..300 and flags large and unsupported mailboxes', () => {
    const input = testInput(3, [], { concurrency: 500 });
    input.mailboxes = [mailbox(0, 150), mailbox(1, 250), mailbox(2, 99)];
    const s = buildSchedule(input);
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
    const s = buildSchedule(input);
    expect(s.flags.map((f) => [f.email, f.factId])).toEqual([
      ['u1@x.test', 'onboardingMaxMailboxGB'],
    ]);
  });
});

describe('buildSchedule: dates', () => {
  it('never starts or cuts over on a blackout date or outside the windows', () => {
    const blackout = ['2026-03-06', { from: '2026-03-09', to: '2026-03-20' }];
    const s = buildSchedule(testInput(40, [], { batchSize: 5, blackoutDates: blackout }));
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
    const s = buildSchedule(
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
    const ny = buildSchedule(
      testInput(1, [], { timeZone: 'America/New_York', startDate: '2026-10-30', cutoverAt: 'p50' }),
    );
    expect(ny.batches[0]!.startAfterUtc).toBe('2026-10-30T22:00:00Z');
    expect(ny.batches[0]!.completeAfterUtc).toBe('2026-10-31T23:00:00Z');
    const after = buildSchedule(
      testInput(1, [], { timeZone: 'America/New_York', startDate: '2026-11-06', cutoverAt: 'p50' }),
    );
    expect(after.batches[0]!.completeAfterUtc).toBe('2026-11-08T00:00:00Z');
  });

  it('meets a generous deadline and names concurrency when it binds', () => {
    const input = testInput(400, [], { deadline: '2026-06-30' });
    input.mailboxes = input.mailboxes.map((m, i) => mailbox(i, 8 + (i % 5), m.department));
    const s = buildSchedule(input);
    expect(s.meetsDeadline).toBe(true);
    const tight = buildSchedule({
      ...input,
      settings: { ...input.settings, deadline: '2026-03-31' },
    });
    expect(tight.meetsDeadline).toBe(false);
    const fix = tight.binding.find((b) => b.limit === 'concurrency');
    expect(fix?.fix).toMatch(/^raise concurrency to \d+$/);
    const needed = Number(fix!.fix.split(' ').pop());
    const fixed = buildSchedule({
      ...input,
      settings: { ...input.settings, deadline: '2026-03-31', concurrency: needed },
    });
    expect(fixed.meetsDeadline).toBe(true);
    const short = buildSchedule({
      ...input,
      settings: { ...input.settings, deadline: '2026-03-31', concurrency: needed - 1 },
    });
    expect(short.meetsDeadline).toBe(false);
  });

  it('names the largest mailbox when it alone holds the plan back', () => {
    const input = testInput(10, [], { deadline: '2026-03-10', cutoverAt: 'p50' });
    input.mailboxes[4] = mailbox(4, 140);
    const s = buildSchedule(input);
    expect(s.meetsDeadline).toBe(false);
    expect(s.binding.find((b) => b.limit === 'largest-mailbox')?.fix).toBe(
      'move u4@x.test (140 GB) to a PST/archive pre-stage',
    );
  });

  it('names bandwidth when the line is the limit', () => {
    const input = testInput(200, [], { deadline: '2026-04-30', bandwidthMbps: 10 });
    input.mailboxes = input.mailboxes.map((m, i) => mailbox(i, 9, m.department));
    const s = buildSchedule(input);
    expect(s.meetsDeadline).toBe(false);
    expect(s.binding.find((b) => b.limit === 'bandwidth')?.fix).toMatch(
      /^raise the bandwidth to \d+ Mbps/,
    );
  });

  it('holds dates past 9999-12-31 at that day, with a notice, rather than failing', () => {
    for (const size of [2 ** 53, Number.POSITIVE_INFINITY]) {
      const input = testInput(60, [], { pilot: { mode: 'list', emails: ['u51@x.test'] } });
      input.mailboxes[51]!.sizeBytes = size;
      input.mailboxes[59]!.sizeBytes = size;
      const s = buildSchedule(input);
      const dates = s.batches.flatMap((b) => [b.startDate, b.syncDoneP90, b.cutoverDate]);
      expect(dates.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && d <= '9999-12-31')).toBe(true);
      expect(s.endDate).toBe('9999-12-31');
      expect(s.notices?.map((n) => n.code)).toContain('past-last-day');
    }
    const normal = buildSchedule(testInput(60));
    expect(normal.notices?.map((n) => n.code)).not.toContain('past-last-day');
  });
});

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
    const a = buildSchedule(input);
    const b = buildSchedule({
      ...input,
      mailboxes: [...input.mailboxes].reverse(),
      permissions: [...perms].reverse(),
    });
    expect(b).toEqual(a);
    expect(buildSchedule(input)).toEqual(a);
  });

  it('gives the same schedule after a larger run reused its scratch memory, and when nested', () => {
    const perms = [link(0, 5, 'folder'), link(5, 9, 'send-on-behalf'), link(3, 4, 'full-access')];
    const input = testInput(30, perms, { batchSize: 4 });
    const a = buildSchedule(input);
    buildSchedule(testInput(500, [link(1, 2, 'folder')], { batchSize: 7 }));
    expect(buildSchedule(input)).toEqual(a);
    // A progress callback that schedules again must not disturb the outer run.
    let inner: ReturnType<typeof buildSchedule> | null = null;
    const outer = buildSchedule(input, (p) => {
      if (p.phase === 'groups') inner = buildSchedule(testInput(200, [], { batchSize: 9 }));
    });
    expect(outer).toEqual(a);
    expect(inner).toEqual(buildSchedule(testInput(200, [], { batchSize: 9 })));
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
      buildSchedule({
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
