import { isoFromDay, zonedTimeToUtc } from '../calendar.ts';
import type { MailboxIndex } from './mailbox-index.ts';
import type { PlannedBatch } from './pack-batches.ts';
import type { ResolvedSettings } from './resolve-settings.ts';
import type { BatchDays, BatchLoad } from './schedule-dates.ts';
import type { Batch } from './schedule-types.ts';
import { GB } from '../units.ts';

/**
 * Each batch's total and largest mailbox. A function of its own, so the million-step loop
 * keeps its optimised code when the code around it deoptimises on a new batch shape.
 */
export function batchLoads(
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

/** What a batch breaks: a manual move over a hard row limit, a mailbox too large to move. */
function batchConstraints(
  b: PlannedBatch,
  load: BatchLoad,
  r: ResolvedSettings,
  hardLimit: boolean,
): string[] {
  const constraints: string[] = [];
  if (hardLimit && b.members.length > r.limit) constraints.push(`More than ${r.limit} mailboxes.`);
  if (load.largestBytes / GB > r.unsupportedGB) {
    constraints.push(
      `Holds a mailbox over ${r.unsupportedGB} GB, which Microsoft does not support moving.`,
    );
  }
  return constraints;
}

/** The planned batches with their dates, local and as UTC instants for PowerShell. */
export function datedBatches(
  planned: readonly PlannedBatch[],
  loads: readonly BatchLoad[],
  days: readonly BatchDays[],
  r: ResolvedSettings,
  hardLimit: boolean,
): Batch[] {
  const tz = r.timeZone;
  const memberIndexes = memberLists(planned);
  return planned.map((b, k) => {
    const d = days[k]!;
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
      constraints: batchConstraints(b, loads[k]!, r, hardLimit),
    };
  });
}
