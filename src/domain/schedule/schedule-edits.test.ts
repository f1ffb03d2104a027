import { describe, expect, it } from 'vitest';
import { buildSchedule as buildCompact } from './build-schedule.ts';
import { expandSchedule } from './schedule-view.ts';
import { addEdit, lockEdit, undoEdit } from './schedule-edits.ts';
import { link, testInput } from '../../testing/schedule-test-data.ts';
import type { ScheduleEdit } from './schedule-types.ts';

/** Schedules read as emails and pair objects, so tests compare what people see. */
const buildSchedule = (...args: Parameters<typeof buildCompact>) =>
  expandSchedule(buildCompact(...args));

const base = testInput(12, [link(0, 1, 'calendar-delegate')], { batchSize: 4 });
const run = (edits: ScheduleEdit[]) => buildSchedule({ ...base, edits });
const where = (s: ReturnType<typeof run>, email: string) =>
  s.batches.find((b) => b.members.includes(email))?.id;

describe('schedule edits', () => {
  it('moves a mailbox, lists the pair it separates, and undo restores the plan', () => {
    const before = run([]);
    const from = where(before, 'u0@x.test')!;
    const to = before.batches.find((b) => b.id !== from)!.id;
    const edits = addEdit([], { type: 'move', email: 'u0@x.test', toBatchId: to });
    const after = run(edits);
    expect(after.notices?.some((n) => n.code === 'edit-refused')).toBe(false);
    expect(where(after, 'u0@x.test')).toBe(to);
    expect(after.splits.map((p) => [p.a, p.b].sort())).toContainEqual(['u0@x.test', 'u1@x.test']);
    expect(run(undoEdit(edits))).toEqual(before);
  });

  it('refuses a move to an unknown batch or over the row limit and reports it', () => {
    const s = run([{ type: 'move', email: 'u0@x.test', toBatchId: 'nope' }]);
    expect(s.notices?.find((n) => n.code === 'edit-refused')?.message).toMatch(/no batch nope/);
    const staged = { ...base, method: 'staged' as const };
    const full = buildSchedule(staged);
    const other = full.batches.find((b) => !b.members.includes('u5@x.test'))!;
    const refused = buildSchedule({
      ...staged,
      edits: [{ type: 'move', email: 'u5@x.test', toBatchId: other.id }],
    });
    expect(refused.notices?.find((n) => n.code === 'edit-refused')?.message).toMatch(
      /full \(4 rows\)/,
    );
    expect(refused.batches.every((b) => b.members.length <= 4)).toBe(true);
  });

  it('splits and merges batches', () => {
    const before = run([]);
    const id = before.batches[0]!.id;
    const split = run([{ type: 'split', batchId: id }]);
    expect(split.batches).toHaveLength(before.batches.length + 1);
    expect(split.batches[1]!.id).toBe(`${id}b`);
    const merged = run([
      { type: 'split', batchId: id },
      { type: 'merge', batchIds: [id, `${id}b`] },
    ]);
    expect(merged.batches.map((b) => b.members.length)).toEqual(
      before.batches.map((b) => b.members.length),
    );
    const staged = { ...base, method: 'staged' as const };
    const ids = buildSchedule(staged).batches.map((b) => b.id);
    const tooBig = buildSchedule({
      ...staged,
      edits: [{ type: 'merge', batchIds: [ids[0]!, ids[1]!] }],
    });
    expect(tooBig.notices?.some((n) => n.code === 'edit-refused')).toBe(true);
  });

  it('keeps a locked batch and its start date while the rest moves around it', () => {
    const before = run([]);
    const last = before.batches[before.batches.length - 1]!;
    const lock = {
      ...lockEdit(buildCompact({ ...base, edits: [] }), last.id)!,
      startDate: '2026-03-02',
    } as ScheduleEdit;
    const s = run([lock]);
    const locked = s.batches.find((b) => b.id === last.id)!;
    expect(locked.locked).toBe(true);
    expect(locked.startDate).toBe('2026-03-02');
    expect(locked.members).toEqual(last.members);
    for (const b of s.batches.filter((x) => x !== locked))
      expect(b.startDate).not.toBe('2026-03-02');
    const blocked = run([
      lock,
      { type: 'move', email: locked.members[0]!, toBatchId: s.batches[0]!.id },
    ]);
    expect(blocked.notices?.some((n) => /locked/.test(n.message))).toBe(true);
    // The lock survives a changed inventory: its members stay together.
    const grown = buildSchedule({
      ...base,
      mailboxes: [...base.mailboxes].reverse(),
      edits: [lock],
    });
    expect(grown.batches.find((b) => b.id === last.id)!.members.sort()).toEqual(
      [...last.members].sort(),
    );
  });

  it('refuses to split a cutover', () => {
    const s = buildSchedule({
      ...testInput(5, [], {}, 'cutover'),
      edits: [{ type: 'split', batchId: 'cutover' }],
    });
    expect(s.batches).toHaveLength(1);
    expect(s.notices?.some((n) => n.code === 'edit-refused')).toBe(true);
  });
});
