import type { ArrayAlloc } from './array-arena.ts';
import { ArrayArena } from './array-arena.ts';
import { isoFromDay, zonedTimeToUtc } from '../calendar.ts';
import { applyEdits } from './apply-edits.ts';
import { findBinding } from './find-binding.ts';
import { groupUnits } from './group-units.ts';
import type { MailboxIndex } from './mailbox-index.ts';
import { findAddress, indexMailboxes } from './mailbox-index.ts';
import { methodLimits } from './method-limits.ts';
import type { PlannedBatch } from './pack-batches.ts';
import { packBatches } from './pack-batches.ts';
import { buildLinks } from './permission-links.ts';
import { resolveSettings } from './resolve-settings.ts';
import type { BatchLoad, Capacity } from './schedule-dates.ts';
import { holdToLastDay, scheduleDays } from './schedule-dates.ts';
import { scheduleFindings } from './schedule-findings.ts';
import { settingNotices } from './setting-notices.ts';
import type { Batch, Schedule, ScheduleInput, ScheduleProgress } from './schedule-types.ts';
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

/** A run with scratch arrays from `mem`. */
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
  const exec = !s.keepExecutivesWithAssistants
    ? null
    : (s.executives ?? []).length > 0
      ? new Set(s.executives.map((e) => findAddress(index, e)).filter((i) => i >= 0))
      : 'delegates';
  const links = buildLinks(mem, index, input.permissions, r.singleBatch ? null : exec);

  step('groups');
  const units = groupUnits(mem, n, links, r.limit);

  step('batches');
  const hardLimit = limits.maxRows !== null;
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
  const planned = edited.batches;

  step('dates');
  const { loads, largestEmail } = batchLoads(planned, index);
  const capacity: Capacity = r;
  const days = scheduleDays(loads, capacity);
  const pastLastDay = holdToLastDay(days);
  const tz = r.timeZone;
  const memberIndexes = memberLists(planned);
  const batches: Batch[] = planned.map((b, k) => {
    const d = days[k]!;
    const constraints: string[] = [];
    if (hardLimit && b.members.length > r.limit)
      constraints.push(`More than ${r.limit} mailboxes.`);
    if (loads[k]!.largestBytes / GB > r.unsupportedGB) {
      constraints.push(
        `Holds a mailbox over ${r.unsupportedGB} GB, which Microsoft does not support moving.`,
      );
    }
    return {
      id: b.id,
      name: b.name,
      memberIndexes: memberIndexes[k]!,
      totalBytes: loads[k]!.totalBytes,
      isPilot: b.isPilot,
      locked: b.locked,
      startDate: isoFromDay(d.startDay),
      syncDoneP50: isoFromDay(d.syncP50Day),
      syncDoneP90: isoFromDay(d.syncP90Day),
      cutoverDate: isoFromDay(d.cutoverDay),
      startAfterUtc: zonedTimeToUtc(isoFromDay(d.startDay), r.startTime, tz),
      completeAfterUtc: zonedTimeToUtc(isoFromDay(d.cutoverDay), r.cutoverTime, tz),
      largestBytes: loads[k]!.largestBytes,
      limit: r.limit,
      constraints,
    };
  });

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
  const binding = [...findings.binding];
  if (!meetsDeadline && r.deadlineDay !== null) {
    binding.push(
      ...findBinding({
        loads,
        largestEmail,
        capacity,
        deadlineDay: r.deadlineDay,
        efficiency: r.networkEfficiency,
        batchCount: planned.length,
        maxBatches: r.maxBatches,
        groupBy: s.groupBy ?? 'none',
        limit: r.limit,
        mailboxCount: n,
      }),
    );
  }
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
      ...asked,
      ...edited.notices,
      ...findings.notices,
      ...(pastLastDay
        ? [
            {
              code: 'past-last-day',
              message:
                'Some dates would fall after 9999-12-31 and are shown as that day: a mailbox size is far too large. Check the largest sizes in the inventory.',
            },
          ]
        : []),
    ],
    deadline: r.deadlineDay === null ? null : isoFromDay(r.deadlineDay),
    blackoutDays: [...r.blackout].sort((x, y) => x - y).map(isoFromDay),
  };
}

/**
 * Each batch's total and largest mailbox. A function of its own, so the million-step loop
 * keeps its optimised code when the code around it deoptimises on a new batch shape.
 */
function batchLoads(
  planned: readonly PlannedBatch[],
  index: MailboxIndex,
): { loads: BatchLoad[]; largestEmail: (string | null)[] } {
  const loads: BatchLoad[] = [];
  const largestEmail: (string | null)[] = [];
  for (const b of planned) {
    const { total, largest, at } = memberSizes(b.members, index.sizes);
    loads.push({
      count: b.members.length,
      totalBytes: total,
      largestBytes: largest,
      isPilot: b.isPilot,
      pinnedStartDay: b.locked ? b.pinnedStartDay : null,
    });
    largestEmail.push(at < 0 ? null : index.emails[at]!);
  }
  return { loads, largestEmail };
}

function memberSizes(
  members: ArrayLike<number>,
  sizes: Float64Array,
): { total: number; largest: number; at: number } {
  let total = 0;
  let largest = 0;
  let at = -1;
  for (let j = 0; j < members.length; j++) {
    const i = members[j]!;
    const size = sizes[i]!;
    total += size;
    if (size > largest) {
      largest = size;
      at = i;
    }
  }
  return { total, largest, at };
}

/**
 * Each batch's members as a view of one array: the schedule's only large part, made in one
 * allocation outside the heap, and copied to the page as one buffer.
 */
function memberLists(planned: readonly PlannedBatch[]): Int32Array[] {
  const all = new Int32Array(planned.reduce((n, b) => n + b.members.length, 0));
  let at = 0;
  return planned.map((b) => {
    const list = all.subarray(at, at + b.members.length);
    for (let j = 0; j < b.members.length; j++) list[j] = b.members[j]!;
    at += b.members.length;
    return list;
  });
}
