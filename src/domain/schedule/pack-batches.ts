import type { ArrayAlloc } from './array-arena.ts';
import { choosePilot } from './choose-pilot.ts';
import { countingSort } from './counting-sort.ts';
import type { Units } from './group-units.ts';
import type { MailboxIndex } from './mailbox-index.ts';
import { mailboxAt } from './mailbox-index.ts';
import type { PilotSetting, ScheduleGroupBy } from './schedule-types.ts';

/**
 * A batch before dates: members are canonical mailbox indices. Packing hands out views of
 * one scratch array (valid for the run); edits work on copies.
 */
export type PlannedBatch = {
  id: string;
  name: string;
  members: ArrayLike<number>;
  isPilot: boolean;
  locked: boolean;
  pinnedStartDay: number | null;
};

/** Packed batches, and how many pilot candidates there were (see PilotChoice). */
export type Packed = { batches: PlannedBatch[]; pilotCandidates: number };

export type PackOptions = {
  limit: number;
  singleBatch: boolean;
  /** Packing may exceed this count only when the row limit leaves no other way. */
  maxBatches: number;
  /** True when `limit` is a published row limit (never exceeded), false for a target size. */
  hardLimit: boolean;
  groupBy: ScheduleGroupBy;
  pilot: PilotSetting;
  /** Mailboxes over this size are flagged as large and kept out of an automatic pilot. */
  largeBytes: number;
};

/** Batches kept open for first-fit: small enough to stay linear, large enough to fill gaps. */
const OPEN_WINDOW = 8;

function groupKey(index: MailboxIndex, i: number, groupBy: ScheduleGroupBy): string {
  return groupBy === 'none' ? '' : (mailboxAt(index, i)[groupBy] ?? '').trim();
}

export function batchId(i: number): string {
  return `batch-${String(i).padStart(3, '0')}`;
}

/** Unit members as a CSR list keyed by unit root, each unit in canonical order. */
function unitLists(mem: ArrayAlloc, unitOf: Int32Array) {
  const n = unitOf.length;
  const start = mem.int32(n + 1);
  for (let i = 0; i < n; i++) start[unitOf[i]! + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = mem.int32(n);
  fill.set(start.subarray(0, n));
  const members = mem.int32(n);
  for (let i = 0; i < n; i++) members[fill[unitOf[i]!]!++] = i;
  return { start, members };
}

export function packBatches(
  mem: ArrayAlloc,
  index: MailboxIndex,
  units: Units,
  o: PackOptions,
): Packed {
  const n = index.emails.length;
  const plain = (
    id: string,
    name: string,
    members: ArrayLike<number>,
    isPilot = false,
  ): PlannedBatch => ({
    id,
    name,
    members,
    isPilot,
    locked: false,
    pinnedStartDay: null,
  });
  if (n === 0) return { batches: [], pilotCandidates: 0 };
  if (o.singleBatch) {
    const everyone = Array.from({ length: n }, (_, i) => i);
    return { batches: [plain('cutover', 'Cutover batch', everyone)], pilotCandidates: 0 };
  }

  const { unitOf } = units;
  const { start, members } = unitLists(mem, unitOf);
  const { taken, candidates } = choosePilot(
    mem,
    index,
    unitOf,
    (root) => members.subarray(start[root]!, start[root + 1]!),
    o.pilot,
    o.limit,
    o.largeBytes,
  );
  const pilot = marked(taken);
  const order = orderUnits(mem, index, units, o.groupBy);
  const fit = firstFit(mem, order, start, members, taken, o.limit);
  const { all, batches } = fillBatches(mem, order.unitOrder, fit, start, members, taken);
  mergeSmallest(
    batches,
    o.maxBatches - (pilot.length > 0 ? 1 : 0),
    o.hardLimit ? o.limit : Infinity,
  );

  const out: PlannedBatch[] = [];
  if (pilot.length > 0) out.push(plain('pilot', 'Pilot', pilot, true));
  batches.forEach((b, i) => {
    const label = o.groupBy === 'none' ? '' : ` · ${order.sortedKeys[b.key] || `no ${o.groupBy}`}`;
    out.push(plain(batchId(i + 1), `Batch ${i + 1}${label}`, all.subarray(b.from, b.to)));
  });
  return { batches: out, pilotCandidates: candidates };
}

type Range = { from: number; to: number; key: number };

/** Fewer batches than the tenant limit: merge the smallest neighbours while the limit allows. */
function mergeSmallest(batches: Range[], max: number, limit: number): void {
  while (batches.length > Math.max(1, max)) {
    let best = -1;
    let bestSize = Infinity;
    for (let i = 0; i + 1 < batches.length; i++) {
      const s = batches[i + 1]!.to - batches[i]!.from;
      if (s < bestSize && s <= limit) [best, bestSize] = [i, s];
    }
    if (best < 0) return;
    batches[best]!.to = batches[best + 1]!.to;
    batches.splice(best + 1, 1);
  }
}

/*
 * The loops over every mailbox or unit live in functions of their own: a deoptimisation in
 * one (a new group key, a new batch shape) then cannot drop the others to the interpreter.
 */

function marked(marks: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < marks.length; i++) if (marks[i]) out.push(i);
  return out;
}

type UnitOrder = {
  /** Unit roots: components in order of their first member, then by the group key. */
  unitOrder: Int32Array;
  compOf: Int32Array;
  /** Rank of each component's group key in `sortedKeys`, by component root. */
  compKey: Int32Array;
  sortedKeys: string[];
};

/**
 * Components in order of their first member, then by the group key of that first member
 * (a group may span departments); units follow their component.
 */
function orderUnits(
  mem: ArrayAlloc,
  index: MailboxIndex,
  { unitOf, compOf }: Units,
  groupBy: ScheduleGroupBy,
): UnitOrder {
  const n = unitOf.length;
  const keys: string[] = [];
  const keyRank = new Map<string, number>();
  const compSeen = mem.uint8(n);
  const compKey = mem.int32(n);
  const comps = mem.int32(n);
  let compCount = 0;
  const unitSeen = mem.uint8(n);
  const unitsInOrder = mem.int32(n);
  let unitCount = 0;
  for (let i = 0; i < n; i++) {
    const c = compOf[i]!;
    if (!compSeen[c]) {
      compSeen[c] = 1;
      comps[compCount++] = c;
      const k = groupKey(index, i, groupBy);
      let id = keyRank.get(k);
      if (id === undefined) {
        keyRank.set(k, (id = keys.length));
        keys.push(k);
      }
      compKey[c] = id;
    }
    const u = unitOf[i]!;
    if (!unitSeen[u]) {
      unitSeen[u] = 1;
      unitsInOrder[unitCount++] = u;
    }
  }
  const sortedKeys = [...keys].sort();
  const rankOfKey = mem.int32(keys.length);
  sortedKeys.forEach((k, r) => (rankOfKey[keyRank.get(k)!] = r));
  for (let q = 0; q < compCount; q++) {
    const c = comps[q]!;
    compKey[c] = rankOfKey[compKey[c]!]!;
  }
  const compOrder = countingSort(mem, comps.subarray(0, compCount), compKey, sortedKeys.length);
  const compPos = mem.int32(n);
  for (let p = 0; p < compCount; p++) compPos[compOrder[p]!] = p;
  const unitPos = mem.int32(n);
  for (let q = 0; q < unitCount; q++) {
    const u = unitsInOrder[q]!;
    unitPos[u] = compPos[compOf[u]!]!;
  }
  const unitOrder = countingSort(mem, unitsInOrder.subarray(0, unitCount), unitPos, compCount);
  return { unitOrder, compOf, compKey, sortedKeys };
}

type Fit = {
  /** Rows of each batch. */
  sizes: number[];
  /** Group key rank of each batch (of the unit that opened it). */
  keyOf: number[];
  /** Batch of each unit in `unitOrder` order, or -1 (all its members are in the pilot). */
  unitBatch: Int32Array;
};

/**
 * First-fit by counts over a window of open batches. A new department starts a new batch
 * unless the open one is still mostly empty.
 */
function firstFit(
  mem: ArrayAlloc,
  { unitOrder, compOf, compKey }: UnitOrder,
  start: Int32Array,
  members: Int32Array,
  taken: Uint8Array,
  limit: number,
): Fit {
  const sizes: number[] = [];
  const keyOf: number[] = [];
  const unitBatch = mem.int32(unitOrder.length).fill(-1);
  let open: number[] = [];
  let lastKey = -1;
  for (let q = 0; q < unitOrder.length; q++) {
    const u = unitOrder[q]!;
    let mine = 0;
    for (let k = start[u]!; k < start[u + 1]!; k++) if (!taken[members[k]!]) mine++;
    if (mine === 0) continue;
    const key = compKey[compOf[u]!]!;
    if (key !== lastKey && lastKey !== -1) open = open.filter((b) => sizes[b]! < limit / 2);
    lastKey = key;
    let target = -1;
    for (const b of open) {
      if (sizes[b]! + mine <= limit) {
        target = b;
        break;
      }
    }
    if (target < 0) {
      target = sizes.length;
      sizes.push(0);
      keyOf.push(key);
      open.push(target);
      if (open.length > OPEN_WINDOW) open.shift();
    }
    sizes[target]! += mine;
    unitBatch[q] = target;
  }
  return { sizes, keyOf, unitBatch };
}

/**
 * The members of each batch, as consecutive ranges of one array in batch order, so merging
 * two neighbours only joins their ranges. Each array is made at its final length (growing a
 * million entries one push at a time cost more than the packing itself).
 */
function fillBatches(
  mem: ArrayAlloc,
  unitOrder: Int32Array,
  { sizes, keyOf, unitBatch }: Fit,
  start: Int32Array,
  members: Int32Array,
  taken: Uint8Array,
): { all: Int32Array; batches: Range[] } {
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const all = mem.int32(total);
  const fill = mem.int32(sizes.length);
  const batches: Range[] = [];
  for (let b = 0, at = 0; b < sizes.length; at += sizes[b]!, b++) {
    fill[b] = at;
    batches.push({ from: at, to: at + sizes[b]!, key: keyOf[b]! });
  }
  for (let q = 0; q < unitOrder.length; q++) {
    const b = unitBatch[q]!;
    if (b < 0) continue;
    const u = unitOrder[q]!;
    for (let k = start[u]!; k < start[u + 1]!; k++) {
      if (!taken[members[k]!]) all[fill[b]!++] = members[k]!;
    }
  }
  return { all, batches };
}
