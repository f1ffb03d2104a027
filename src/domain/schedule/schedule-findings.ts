import { facts } from '../facts.ts';
import type { MigrationMethod } from '../methods/method-list.ts';
import type { ArrayAlloc } from './array-arena.ts';
import type { MailboxIndex } from './mailbox-index.ts';
import type { PlannedBatch } from './pack-batches.ts';
import type { Links } from './permission-links.ts';
import { SPLIT_STRENGTHS, strengthCode } from './permission-links.ts';
import type { ResolvedSettings } from './resolve-settings.ts';
import type { BatchDays } from './schedule-dates.ts';
import type { Schedule, ScheduleNotice, SplitPairs } from './schedule-types.ts';
import { allocSplitPairs } from './schedule-view.ts';
import { GB } from '../units.ts';

/** Executive and hard links: splitting them breaks delegation across premises. */
const HARD_STRENGTH = SPLIT_STRENGTHS.indexOf('hard');

export type FindingsInput = {
  mem: ArrayAlloc;
  index: MailboxIndex;
  links: Links;
  planned: PlannedBatch[];
  days: BatchDays[];
  resolved: ResolvedSettings;
  method: MigrationMethod;
};

/** Split pairs, flagged mailboxes and plan-wide notices of a dated plan. */
export function scheduleFindings(x: FindingsInput): {
  splits: SplitPairs;
  flags: Schedule['flags'];
  notices: ScheduleNotice[];
  binding: Schedule['binding'];
} {
  const { index, links, planned, days, resolved: r } = x;
  const n = index.emails.length;
  const cutoverDays = x.mem.int32(days.length);
  for (let k = 0; k < days.length; k++) cutoverDays[k] = days[k]!.cutoverDay;
  const { splits, hardSplits } = splitPairs(
    x.mem,
    links,
    batchOfMembers(x.mem, n, planned),
    cutoverDays,
  );
  const { flags, unknownSize } = sizeFlags(index, r);

  const notices: ScheduleNotice[] = [];
  const binding: Schedule['binding'] = [];
  if (index.duplicates > 0) {
    notices.push({
      code: 'duplicates',
      message: `${index.duplicates} inventory rows repeat an email already listed: ignored.`,
    });
  }
  if (links.unknown > 0) {
    notices.push({
      code: 'unknown-permissions',
      message: `${links.unknown} permissions name a mailbox not in the inventory: ignored.`,
    });
  }
  if (unknownSize > 0) {
    notices.push({
      code: 'unknown-size',
      message: `${unknownSize} mailboxes have no size: counted as empty, so durations are too short.`,
    });
  }
  if (x.method === 'cutover' && n > facts.cutoverMaxMailboxes.value) {
    const why = `${n} mailboxes are more than the ${facts.cutoverMaxMailboxes.value} a cutover migration can move.`;
    notices.push({ code: 'cutover-size', message: why, factId: 'cutoverMaxMailboxes' });
    binding.push({
      limit: 'cutover-size',
      explanation: why,
      fix: 'use a staged or hybrid migration (batches) instead of cutover',
    });
  } else if (x.method === 'cutover' && n > facts.cutoverRecommendedMax.value) {
    notices.push({
      code: 'cutover-recommended',
      message: `${n} mailboxes: Microsoft recommends cutover for ${facts.cutoverRecommendedMax.value} or fewer.`,
      factId: 'cutoverRecommendedMax',
    });
  }
  if (planned.length > r.maxBatches) {
    notices.push({
      code: 'batch-count',
      message: `${planned.length} batches: a tenant holds at most ${r.maxBatches} at a time, so remove completed batches before creating more.`,
      factId: 'maxBatchesPerTenant',
    });
  }
  if (hardSplits > 0) {
    notices.push({
      code: 'delegates-split',
      message: `${hardSplits} delegate or folder-permission pairs could not share a batch (their group is larger than a batch).`,
      factId: 'delegatesSameBatch',
    });
  }
  return { splits, flags, notices, binding };
}

/*
 * The loops over every mailbox or link live in functions of their own that read only typed
 * arrays: a deoptimisation in the code around them (batch and day objects whose shapes
 * differ between plans) then cannot drop a million-step loop to the interpreter.
 */

/** The position in `planned` of each mailbox's batch, or -1. */
function batchOfMembers(mem: ArrayAlloc, n: number, planned: readonly PlannedBatch[]): Int32Array {
  const batchOf = mem.int32(n).fill(-1);
  for (let k = 0; k < planned.length; k++) {
    const members = planned[k]!.members;
    for (let j = 0; j < members.length; j++) batchOf[members[j]!] = k;
  }
  return batchOf;
}

/** Every link whose two mailboxes end up in different batches, whatever put them there. */
function splitPairs(
  mem: ArrayAlloc,
  links: Links,
  batchOf: Int32Array,
  cutoverDays: Int32Array,
): { splits: SplitPairs; hardSplits: number } {
  // Counted first so the columns are made at their full length (~10^5 pairs at a million
  // mailboxes). The two batches are kept with the link: looking them up again per split
  // would be two more cache misses each at a million mailboxes.
  const cut = mem.int32(links.count);
  const cutBatches = mem.int32(2 * links.count);
  let cutCount = 0;
  for (let l = 0; l < links.count; l++) {
    const ka = batchOf[links.a[l]!]!;
    const kb = batchOf[links.b[l]!]!;
    if (ka !== kb && ka >= 0 && kb >= 0) {
      cut[cutCount] = l;
      cutBatches[2 * cutCount] = ka;
      cutBatches[2 * cutCount + 1] = kb;
      cutCount++;
    }
  }
  const splits = allocSplitPairs(cutCount);
  let hardSplits = 0;
  for (let q = 0; q < cutCount; q++) {
    const l = cut[q]!;
    const ka = cutBatches[2 * q]!;
    const kb = cutBatches[2 * q + 1]!;
    const strength = strengthCode(links.weight[l]!);
    if (strength <= HARD_STRENGTH) hardSplits++;
    splits.a[q] = links.a[l]!;
    splits.b[q] = links.b[l]!;
    splits.kind[q] = links.kind[l]!;
    splits.strength[q] = strength;
    splits.batchA[q] = ka;
    splits.batchB[q] = kb;
    splits.daysApart[q] = Math.abs(cutoverDays[ka]! - cutoverDays[kb]!);
  }
  return { splits, hardSplits };
}

/** Mailboxes too large to move or large enough to take weeks, and how many have no size. */
function sizeFlags(
  index: MailboxIndex,
  r: ResolvedSettings,
): { flags: Schedule['flags']; unknownSize: number } {
  const flags: Schedule['flags'] = [];
  let unknownSize = 0;
  // GB is a power of two, so comparing bytes with a threshold times GB is exact.
  const flagAbove = Math.min(r.unsupportedGB, r.largeGB) * GB;
  for (let i = 0; i < index.noSize.length; i++) {
    if (index.noSize[i]) {
      unknownSize++;
      continue;
    }
    const bytes = index.sizes[i]!;
    if (bytes > flagAbove) flags.push(sizeFlag(index.emails[i]!, bytes / GB, r));
  }
  return { flags, unknownSize };
}

function sizeFlag(email: string, gb: number, r: ResolvedSettings): Schedule['flags'][number] {
  return gb > r.unsupportedGB
    ? {
        email,
        reason: `${Math.round(gb)} GB: mailboxes over ${r.unsupportedGB} GB are not supported for onboarding; pre-stage to PST/archive or clean up first.`,
        factId: 'onboardingMaxMailboxGB',
      }
    : {
        email,
        reason: `${Math.round(gb)} GB: over ${r.largeGB} GB, above the E3/E5 mailbox quota and up to 45 days (90th percentile) to move.`,
        factId: 'largeMailboxGB',
      };
}
