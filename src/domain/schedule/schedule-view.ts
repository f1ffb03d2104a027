import type { PermissionKind } from '../inventory/mailbox.ts';
import { KIND_CODES, SPLIT_STRENGTHS, kindWeight, strengthCode } from './permission-links.ts';
import type { Batch, Schedule, SplitPair, SplitPairs, SplitStrength } from './schedule-types.ts';

/**
 * Reading a schedule: its batches hold mailbox positions and its split pairs are columns (see
 * schedule-types.ts), so pages and exports ask here for emails and pair objects, and make
 * them only for what they show.
 */

/** What SplitPairs.kind counts in. */
export const SPLIT_KINDS: readonly PermissionKind[] = KIND_CODES;
export { SPLIT_STRENGTHS };

/** A batch's mailbox emails, in the batch's order. */
export function batchEmails(schedule: Pick<Schedule, 'emails'>, batch: Batch): string[] {
  const ids = batch.memberIndexes;
  // oxlint-disable-next-line unicorn/no-new-array -- a preset length is faster to fill
  const out = new Array<string>(ids.length);
  for (let j = 0; j < ids.length; j++) out[j] = schedule.emails[ids[j]!]!;
  return out;
}

/** Every scheduled mailbox's email, batch by batch. */
export function scheduledEmails(schedule: Pick<Schedule, 'emails' | 'batches'>): string[] {
  return schedule.batches.flatMap((b) => batchEmails(schedule, b));
}

export function mailboxCount(schedule: Pick<Schedule, 'batches'>): number {
  return schedule.batches.reduce((n, b) => n + b.memberIndexes.length, 0);
}

/** The batch a mailbox (lower-cased email) is in, if any. */
export function batchOfEmail(
  schedule: Pick<Schedule, 'emails' | 'batches'>,
  email: string,
): Batch | undefined {
  const i = schedule.emails.indexOf(email);
  return i < 0 ? undefined : schedule.batches.find((b) => b.memberIndexes.includes(i));
}

export function splitStrengthAt(splits: SplitPairs, i: number): SplitStrength {
  return SPLIT_STRENGTHS[splits.strength[i]!]!;
}

/** Split pair `i` as an object. */
export function splitPairAt(
  schedule: Pick<Schedule, 'emails' | 'batches' | 'splits'>,
  i: number,
): SplitPair {
  const s = schedule.splits;
  return {
    a: schedule.emails[s.a[i]!]!,
    b: schedule.emails[s.b[i]!]!,
    kind: SPLIT_KINDS[s.kind[i]!]!,
    strength: splitStrengthAt(s, i),
    batchA: schedule.batches[s.batchA[i]!]!.id,
    batchB: schedule.batches[s.batchB[i]!]!.id,
    daysApart: s.daysApart[i]!,
  };
}

/** Every split pair as an object; `keep` picks some by position without making the others. */
export function splitPairList(
  schedule: Pick<Schedule, 'emails' | 'batches' | 'splits'>,
  keep: (i: number) => boolean = () => true,
): SplitPair[] {
  const out: SplitPair[] = [];
  for (let i = 0; i < schedule.splits.count; i++) if (keep(i)) out.push(splitPairAt(schedule, i));
  return out;
}

/** Split pairs whose two batches differ (every pair the scheduler lists; hand-made ones may not). */
export function crossBatchSplits(
  schedule: Pick<Schedule, 'emails' | 'batches' | 'splits'>,
): SplitPair[] {
  const { batchA, batchB } = schedule.splits;
  return splitPairList(schedule, (i) => batchA[i] !== batchB[i]);
}

/** Split pair columns with room for `count` pairs, zero-filled. */
export function allocSplitPairs(count: number): SplitPairs {
  return {
    count,
    a: new Int32Array(count),
    b: new Int32Array(count),
    kind: new Uint8Array(count),
    strength: new Uint8Array(count),
    batchA: new Int32Array(count),
    batchB: new Int32Array(count),
    daysApart: new Int32Array(count),
  };
}

/**
 * A schedule's emails, member positions and split columns from batches that list emails and
 * pairs as objects: how tests and fixtures write a schedule by hand. The emails are listed in
 * the reverse of the order they first appear, as the scheduler's own order has nothing to do
 * with the batches', so that a reader mixing up the two fails its tests.
 */
export function compactSchedule(
  batches: ExpandedBatch[],
  pairs: SplitPair[] = [],
): Pick<Schedule, 'emails' | 'batches' | 'splits'> {
  const seen = new Set<string>();
  for (const b of batches) for (const m of b.members) seen.add(m);
  for (const p of pairs) seen.add(p.a).add(p.b);
  const emails = [...seen].reverse();
  const position = new Map(emails.map((e, i) => [e, i]));
  const at = (email: string) => position.get(email)!;
  const out: Batch[] = batches.map(({ members, ...b }) => ({
    ...b,
    memberIndexes: Int32Array.from(members, at),
  }));
  const batchAt = (id: string) => {
    const k = out.findIndex((b) => b.id === id);
    if (k < 0) throw new Error(`split pair names batch ${id}, which is not in the schedule`);
    return k;
  };
  const splits = allocSplitPairs(pairs.length);
  pairs.forEach((p, i) => {
    splits.a[i] = at(p.a);
    splits.b[i] = at(p.b);
    const kind = SPLIT_KINDS.indexOf(p.kind as PermissionKind);
    if (kind < 0) throw new Error(`split pair has kind ${p.kind}, which is not a permission kind`);
    splits.kind[i] = kind;
    // Without a strength, the one its kind has when neither mailbox is an executive's.
    splits.strength[i] = p.strength
      ? SPLIT_STRENGTHS.indexOf(p.strength)
      : strengthCode(kindWeight(kind));
    splits.batchA[i] = batchAt(p.batchA);
    splits.batchB[i] = batchAt(p.batchB);
    splits.daysApart[i] = p.daysApart;
  });
  return { emails, batches: out, splits };
}

/** A batch with its members' emails in place of their positions. */
export type ExpandedBatch = Omit<Batch, 'memberIndexes'> & { members: string[] };

/** A schedule with emails and pair objects in place of positions and columns. */
export type ExpandedSchedule = Omit<Schedule, 'emails' | 'batches' | 'splits'> & {
  batches: ExpandedBatch[];
  splits: SplitPair[];
};

/**
 * The schedule as people read it: for tests and for small schedules, since it makes a string
 * per member and an object per split pair.
 */
export function expandSchedule(schedule: Schedule): ExpandedSchedule {
  const { emails: _emails, batches, splits: _splits, ...rest } = schedule;
  return {
    ...rest,
    batches: batches.map(({ memberIndexes: _m, ...b }, k) => ({
      ...b,
      members: batchEmails(schedule, batches[k]!),
    })),
    splits: splitPairList(schedule),
  };
}
