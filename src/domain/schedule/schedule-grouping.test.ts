import { describe, expect, it } from 'vitest';
import { dayNumber } from '../calendar.ts';
import { fnv1a } from './email-hash.ts';
import {
  batchOf,
  link,
  mailbox,
  scheduleFor,
  testInput,
} from '../../testing/schedule-test-data.ts';

describe('buildSchedule: grouping', () => {
  it('keeps linked people in one batch when their group fits', () => {
    const perms = [
      link(0, 7, 'calendar-delegate'),
      link(7, 13, 'send-as'),
      link(2, 9, 'full-access'),
    ];
    const s = scheduleFor(testInput(20, perms, { batchSize: 5 }));
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
    const s = scheduleFor(testInput(8, perms, { batchSize: 4 }));
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
    const s = scheduleFor(testInput(4, perms, { batchSize: 2 }));
    expect(s.splits.map((x) => x.kind)).toEqual(['send-as']);
  });

  it('cuts a hard link only when the hard group alone is larger than a batch', () => {
    const perms = [link(0, 1, 'calendar-delegate'), link(1, 2, 'calendar-delegate')];
    const s = scheduleFor(testInput(3, perms, { batchSize: 2 }, 'staged'));
    expect(s.splits).toHaveLength(1);
    expect(s.splits[0]!.strength).toBe('executive');
    expect(s.notices?.some((n) => n.code === 'delegates-split')).toBe(true);
  });

  it('ignores permissions naming unknown mailboxes and self links', () => {
    const perms = [
      { row: 2, owner: 'ghost@x.test', grantee: 'u1@x.test', kind: 'folder' as const, rights: '' },
      link(1, 1, 'folder'),
    ];
    const s = scheduleFor(testInput(3, perms));
    expect(s.splits).toEqual([]);
    expect(s.notices?.find((n) => n.code === 'unknown-permissions')?.message).toMatch(/^1 /);
  });

  it('groups by department when asked', () => {
    const input = testInput(12, [], { groupBy: 'department', batchSize: 4 });
    input.mailboxes = input.mailboxes.map((m, i) => ({
      ...m,
      department: i % 2 ? 'Finance' : 'Legal',
    }));
    const s = scheduleFor(input);
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
    const s = scheduleFor(input);
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
    const s = scheduleFor(input);
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
    const pilot = scheduleFor(input).batches[0]!;
    expect(pilot.isPilot).toBe(true);
    expect(pilot.members).toEqual(['u6@x.test']);
    // Listed by hand, a large mailbox is the admin's choice.
    const listed = scheduleFor({
      ...input,
      settings: { ...input.settings, pilot: { mode: 'list', emails: ['u7@x.test'] } },
    });
    expect(listed.batches[0]!.members).toEqual(['u7@x.test']);
  });
});
