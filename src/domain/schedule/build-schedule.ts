import type { ArrayAlloc } from './array-arena.ts';
import { ArrayArena } from './array-arena.ts';
import { isoFromDay } from '../calendar.ts';
import { applyEdits } from './apply-edits.ts';
import { batchLoads, datedBatches } from './dated-batches.ts';
import type { Binding } from './find-binding.ts';
import { findBinding } from './find-binding.ts';
import type { Units } from './group-units.ts';
import { groupUnits } from './group-units.ts';
import type { MailboxIndex } from './mailbox-index.ts';
import { findAddress, indexMailboxes } from './mailbox-index.ts';
import { methodLimits } from './method-limits.ts';
import type { PlannedBatch } from './pack-batches.ts';
import { packBatches } from './pack-batches.ts';
import { buildLinks } from './permission-links.ts';
import type { ResolvedSettings } from './resolve-settings.ts';
import { resolveSettings } from './resolve-settings.ts';
import type { BatchLoad, Capacity } from './schedule-dates.ts';
import { holdToLastDay, scheduleDays } from './schedule-dates.ts';
import { scheduleFindings } from './schedule-findings.ts';
import { settingNotices } from './setting-notices.ts';
import type {
  Schedule,
  ScheduleInput,
  ScheduleNotice,
  ScheduleProgress,
  ScheduleSettings,
} from './schedule-types.ts';
import { GB } from '../units.ts';

const PHASES = ['index', 'links', 'groups', 'batches', 'dates', 'checks'] as const;

/**
 * Scratch memory kept for the next run (see ArrayArena for why). None of its arrays outlives
 * a run: the typed arrays in the schedule returned are fresh ones.
 */
const arena = new ArrayArena();
let arenaBusy = false;

/**
 * Dated migration batches that keep people who share mailboxes together. Pure and
 * deterministic: the same input gives the same schedule, whatever order its rows come in.
 */
export function buildSchedule(
  input: ScheduleInput,
  onProgress?: (p: ScheduleProgress) => void,
): Schedule {
  // A progress callback that schedules again must not overwrite this run's arrays.
  const expected = scratchEstimate(input.mailboxes.length, input.permissions.length);
  if (arenaBusy) {
    const own = new ArrayArena();
    own.reset(expected);
    return scheduleIn(own, input, onProgress);
  }
  arenaBusy = true;
  try {
    arena.reset(expected);
    return scheduleIn(arena, input, onProgress);
  } finally {
    arenaBusy = false;
  }
}

/**
 * About the bytes of scratch arrays a run asks for, from a little above: ~146 a mailbox,
 * ~81 a permission, and the radix sort's counts. Measured over 1,000 to 1,000,000 mailboxes
 * and 0 to 5 permissions each, it is 1–3% above; the test tells when it no longer fits.
 */
export function scratchEstimate(mailboxes: number, permissions: number): number {
  return 530_000 + 146 * mailboxes + 81 * permissions;
}

/** A run with scratch arrays from `mem`: the phases in order, each reported to `onProgress`. */
export function scheduleIn(
  mem: ArrayAlloc,
  input: ScheduleInput,
  onProgress?: (p: ScheduleProgress) => void,
): Schedule {
  const step = (phase: (typeof PHASES)[number]) =>
    onProgress?.({ phase, done: PHASES.indexOf(phase), total: PHASES.length });
  step('index');
  const index = indexMailboxes(input.mailboxes, mem);
  const n = index.emails.length;
  const r = resolveSettings(input.method, input.settings, n);
  const limits = methodLimits(input.method);
  const s = input.settings;

  step('links');
  const exec = r.singleBatch ? null : executivesOf(s, index);
  const links = buildLinks(mem, index, input.permissions, exec);

  step('groups');
  const units = groupUnits(mem, n, links, r.limit);

  step('batches');
  const hardLimit = limits.maxRows !== null;
  const { planned, notices: batchNotices } = planBatches(mem, index, units, r, hardLimit, input);

  step('dates');
  const { loads, largestEmail } = batchLoads(planned, index);
  const capacity: Capacity = r;
  const days = scheduleDays(loads, capacity);
  const pastLastDay = holdToLastDay(days);
  const batches = datedBatches(planned, loads, days, r, hardLimit);

  step('checks');
  const endDay = days.reduce((end, d) => Math.max(end, d.cutoverDay), r.startDay);
  const meetsDeadline = r.deadlineDay === null || endDay <= r.deadlineDay;
  const findings = scheduleFindings({
    mem,
    index,
    links,
    planned,
    days,
    resolved: r,
    method: input.method,
  });
  const binding = [
    ...findings.binding,
    ...(meetsDeadline
      ? []
      : lateBinding(loads, largestEmail, capacity, r, planned.length, s.groupBy ?? 'none', n)),
  ];
  onProgress?.({ phase: 'done', done: PHASES.length, total: PHASES.length });
  return {
    method: input.method,
    emails: index.emails,
    batches,
    splits: findings.splits,
    flags: findings.flags,
    endDate: isoFromDay(endDay),
    meetsDeadline,
    binding,
    constants: r.constants,
    notices: [
      ...r.notices,
      ...batchNotices,
      ...findings.notices,
      ...(pastLastDay ? [{ ...PAST_LAST_DAY }] : []),
    ],
    deadline: r.deadlineDay === null ? null : isoFromDay(r.deadlineDay),
    blackoutDays: [...r.blackout].sort((x, y) => x - y).map(isoFromDay),
  };
}

const PAST_LAST_DAY: ScheduleNotice = {
  code: 'past-last-day',
  message:
    'Some dates would fall after 9999-12-31 and are shown as that day: a mailbox size is far too large. Check the largest sizes in the inventory.',
};

/**
 * Whom the links keep with their assistants: the executives named (as mailbox indexes), or
 * with none named, every calendar delegate; null when the setting is off.
 */
function executivesOf(s: ScheduleSettings, index: MailboxIndex): Set<number> | 'delegates' | null {
  if (!s.keepExecutivesWithAssistants) return null;
  if ((s.executives ?? []).length === 0) return 'delegates';
  return new Set(s.executives.map((e) => findAddress(index, e)).filter((i) => i >= 0));
}

/** Packs the linked units into batches, then applies the manual edits in order. */
function planBatches(
  mem: ArrayAlloc,
  index: MailboxIndex,
  units: Units,
  r: ResolvedSettings,
  hardLimit: boolean,
  input: ScheduleInput,
): { planned: PlannedBatch[]; notices: ScheduleNotice[] } {
  const s = input.settings;
  const packed = packBatches(mem, index, units, {
    limit: r.limit,
    singleBatch: r.singleBatch,
    maxBatches: r.maxBatches,
    hardLimit,
    groupBy: s.groupBy ?? 'none',
    pilot: r.singleBatch ? { mode: 'none' } : (s.pilot ?? { mode: 'none' }),
    largeBytes: r.largeGB * GB,
  });
  const asked = settingNotices(s, index, packed, r.singleBatch);
  const edited = applyEdits(packed.batches, input.edits ?? [], {
    index,
    limit: r.singleBatch || !hardLimit ? Number.POSITIVE_INFINITY : r.limit,
    singleBatch: r.singleBatch,
  });
  return { planned: edited.batches, notices: [...asked, ...edited.notices] };
}

/** What holds a plan that misses its deadline back (none without a deadline). */
function lateBinding(
  loads: BatchLoad[],
  largestEmail: (string | null)[],
  capacity: Capacity,
  r: ResolvedSettings,
  batchCount: number,
  groupBy: string,
  mailboxCount: number,
): Binding[] {
  if (r.deadlineDay === null) return [];
  return findBinding({
    loads,
    largestEmail,
    capacity,
    deadlineDay: r.deadlineDay,
    efficiency: r.networkEfficiency,
    batchCount,
    maxBatches: r.maxBatches,
    groupBy,
    limit: r.limit,
    mailboxCount,
  });
}
