import type { Permission, PermissionKind } from '../inventory/mailbox.ts';
import type { ArrayAlloc } from './array-arena.ts';
import type { MailboxIndex } from './mailbox-index.ts';
import type { SplitStrength } from './schedule-types.ts';

export const KIND_CODES: readonly PermissionKind[] = [
  'calendar-delegate',
  'folder',
  'send-as',
  'send-on-behalf',
  'full-access',
];

/**
 * How hard a link holds two mailboxes together. Delegates and folder permissions break
 * across premises (pitfall 21), Send As is "not fully supported" there, Full Access works
 * across premises but loses auto-mapping. EXECUTIVE is above all: cut only when nothing else fits.
 */
export const HARD = 3;
export const SOFT = 2;
export const WEAK = 1;
export const EXECUTIVE = 4;
const WEIGHT_BY_CODE = [HARD, HARD, SOFT, SOFT, WEAK];

/** The weight of a permission kind (a position in KIND_CODES) before executives are marked. */
export function kindWeight(code: number): number {
  return WEIGHT_BY_CODE[code]!;
}

/** Strengths from the strongest down; a split pair keeps its strength as a position here. */
export const SPLIT_STRENGTHS: readonly SplitStrength[] = ['executive', 'hard', 'soft', 'weak'];

/** The position in SPLIT_STRENGTHS of a link weight. */
export function strengthCode(weight: number): number {
  return weight >= EXECUTIVE ? 0 : weight === HARD ? 1 : weight === SOFT ? 2 : 3;
}

export function strengthName(weight: number): SplitStrength {
  return SPLIT_STRENGTHS[strengthCode(weight)]!;
}

/** Distinct links between known mailboxes, one per pair (its strongest kind), a < b. */
export type Links = {
  count: number;
  a: Int32Array;
  b: Int32Array;
  kind: Uint8Array;
  weight: Uint8Array;
  /**
   * `a` and `b` of every link, strongest first, then by (a, b): the order links are honoured
   * in. Copies rather than an order of indices, so grouping reads them in one sweep.
   */
  strongA: Int32Array;
  strongB: Int32Array;
  /** Permissions whose owner or grantee is not a mailbox of the inventory. */
  unknown: number;
};

/**
 * A link's far end, strength and kind in one int32, so that sorting a mailbox's links is
 * sorting numbers, and moving one is one write (at a million mailboxes, each of those random
 * writes is a cache miss): the far end above PAIR_BITS, then the strength rank (0 for the
 * strongest), then the kind code. Ascending order is by far end, strongest first, then the
 * lowest kind: a pair's first entry is the link it keeps.
 */
const PAIR_BITS = 6;
const RANK_SHIFT = 3;
const KIND_MASK = (1 << RANK_SHIFT) - 1;
/** The most mailboxes a far end can number in the bits left (33,554,432). */
export const MAX_LINKED_MAILBOXES = 2 ** (31 - PAIR_BITS);

/** Links between known mailboxes in permission order: not yet sorted, a pair may repeat. */
type RawLinks = {
  /** The lower mailbox of each link. */
  lo: Int32Array;
  /** The far end, strength and kind of each link, packed (see PAIR_BITS). */
  packed: Int32Array;
  /** Links per lower mailbox, at `lo + 1`, for the counting sort. */
  end: Int32Array;
  count: number;
  unknown: number;
};

/** Links between two different known mailboxes of a known kind, marked executive where asked. */
function collectLinks(
  mem: ArrayAlloc,
  index: MailboxIndex,
  permissions: readonly Permission[],
  executives: ReadonlySet<number> | 'delegates' | null,
): RawLinks {
  const n = index.emails.length;
  const m0 = permissions.length;
  const a0 = mem.int32(m0);
  const p0 = mem.int32(m0);
  // Links per first mailbox, counted as they are made, for the counting sort below.
  const end = mem.int32(n + 1);
  let m = 0;
  let unknown = 0;
  const owners = index.findAll(m0, (k) => permissions[k]!.owner);
  const grantees = index.findAll(m0, (k) => permissions[k]!.grantee);
  for (let i = 0; i < m0; i++) {
    const x = owners[i]!;
    const y = grantees[i]!;
    if (x < 0 || y < 0) {
      unknown++;
      continue;
    }
    if (x === y) continue;
    const code = KIND_CODES.indexOf(permissions[i]!.kind);
    if (code < 0) continue;
    let w = WEIGHT_BY_CODE[code]!;
    if (executives === 'delegates' ? code === 0 : executives?.has(x) || executives?.has(y))
      w = EXECUTIVE;
    const lo = Math.min(x, y);
    a0[m] = lo;
    p0[m] = (Math.max(x, y) << PAIR_BITS) | ((EXECUTIVE - w) << RANK_SHIFT) | code;
    end[lo + 1]!++;
    m++;
  }
  return { lo: a0, packed: p0, end, count: m, unknown };
}

/** One link per pair, sorted by (a, b), as columns. */
function distinctPairs(mem: ArrayAlloc, n: number, raw: RawLinks) {
  const { lo: a0, packed: p0, end, count: m } = raw;
  // Sort by (a, b): bucket by a (counting sort), then order each bucket. Each pair keeps its
  // strongest link, and among equals the lowest kind code, so neither the order within a
  // pair's rows nor the order of the rows matters.
  for (let x = 0; x < n; x++) end[x + 1]! += end[x]!;
  const sorted = mem.int32(m);
  for (let i = 0; i < m; i++) sorted[end[a0[i]!]!++] = p0[i]!;

  const a = mem.int32(m);
  const b = mem.int32(m);
  const kind = mem.uint8(m);
  const weight = mem.uint8(m);
  let count = 0;
  for (let x = 0, from = 0; x < n; from = end[x]!, x++) {
    const to = end[x]!;
    sortBucket(sorted, from, to);
    for (let q = from; q < to; q++) {
      const v = sorted[q]!;
      const y = v >> PAIR_BITS;
      if (q > from && b[count - 1] === y) continue;
      a[count] = x;
      b[count] = y;
      kind[count] = v & KIND_MASK;
      weight[count] = EXECUTIVE - ((v >> RANK_SHIFT) & KIND_MASK);
      count++;
    }
  }
  return { count, a, b, kind, weight };
}

/** `a` and `b` of every link, strongest first: a stable counting sort by weight. */
function strongestFirst(
  mem: ArrayAlloc,
  count: number,
  a: Int32Array,
  b: Int32Array,
  weight: Uint8Array,
): { strongA: Int32Array; strongB: Int32Array } {
  const next = mem.int32(EXECUTIVE + 2);
  for (let l = 0; l < count; l++) next[EXECUTIVE - weight[l]! + 1]!++;
  for (let w = 0; w <= EXECUTIVE; w++) next[w + 1]! += next[w]!;
  const strongA = mem.int32(count);
  const strongB = mem.int32(count);
  for (let l = 0; l < count; l++) {
    const at = next[EXECUTIVE - weight[l]!]!++;
    strongA[at] = a[l]!;
    strongB[at] = b[l]!;
  }
  return { strongA, strongB };
}

export function buildLinks(
  mem: ArrayAlloc,
  index: MailboxIndex,
  permissions: readonly Permission[],
  executives: ReadonlySet<number> | 'delegates' | null,
): Links {
  const n = index.emails.length;
  if (n > MAX_LINKED_MAILBOXES) {
    throw new RangeError(
      `${n} mailboxes: the scheduler links at most ${MAX_LINKED_MAILBOXES} mailboxes.`,
    );
  }
  const raw = collectLinks(mem, index, permissions, executives);
  const { count, a, b, kind, weight } = distinctPairs(mem, n, raw);
  const { strongA, strongB } = strongestFirst(mem, count, a, b, weight);
  return {
    count,
    a: a.subarray(0, count),
    b: b.subarray(0, count),
    kind: kind.subarray(0, count),
    weight: weight.subarray(0, count),
    strongA,
    strongB,
    unknown: raw.unknown,
  };
}

/** Orders one bucket; a mailbox rarely has many links, so insertion sort unless it has. */
function sortBucket(sorted: Int32Array, from: number, to: number) {
  if (to - from > 32) {
    sorted.subarray(from, to).sort();
    return;
  }
  for (let q = from + 1; q < to; q++) {
    const v = sorted[q]!;
    let p = q - 1;
    while (p >= from && sorted[p]! > v) {
      sorted[p + 1] = sorted[p]!;
      p--;
    }
    sorted[p + 1] = v;
  }
}
