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

export function buildLinks(
  mem: ArrayAlloc,
  index: MailboxIndex,
  permissions: readonly Permission[],
  executives: ReadonlySet<number> | 'delegates' | null,
): Links {
  const m0 = permissions.length;
  const a0 = mem.int32(m0);
  const b0 = mem.int32(m0);
  const w0 = mem.uint8(m0);
  const k0 = mem.uint8(m0);
  let m = 0;
  let unknown = 0;
  const owners = index.findAll(m0, (k) => permissions[k]!.owner);
  const grantees = index.findAll(m0, (k) => permissions[k]!.grantee);
  for (let i = 0; i < m0; i++) {
    const p = permissions[i]!;
    const x = owners[i]!;
    const y = grantees[i]!;
    if (x < 0 || y < 0) {
      unknown++;
      continue;
    }
    if (x === y) continue;
    const code = KIND_CODES.indexOf(p.kind);
    if (code < 0) continue;
    let w = WEIGHT_BY_CODE[code]!;
    if (executives === 'delegates' ? code === 0 : executives?.has(x) || executives?.has(y))
      w = EXECUTIVE;
    a0[m] = Math.min(x, y);
    b0[m] = Math.max(x, y);
    w0[m] = w;
    k0[m] = code;
    m++;
  }
  const n = index.emails.length;
  // Sort by (a, b): bucket by a (counting sort, carrying b, weight and kind), then order each
  // bucket by b. Each pair keeps its strongest link, and among equals the lowest kind code, so
  // neither the order within a pair's rows nor the order of the rows matters.
  const end = mem.int32(n + 1);
  for (let i = 0; i < m; i++) end[a0[i]! + 1]!++;
  for (let x = 0; x < n; x++) end[x + 1]! += end[x]!;
  const sb = mem.int32(m);
  const sw = mem.uint8(m);
  const sk = mem.uint8(m);
  for (let i = 0; i < m; i++) {
    const at = end[a0[i]!]!++;
    sb[at] = b0[i]!;
    sw[at] = w0[i]!;
    sk[at] = k0[i]!;
  }

  const a = mem.int32(m);
  const b = mem.int32(m);
  const kind = mem.uint8(m);
  const weight = mem.uint8(m);
  let count = 0;
  for (let x = 0, from = 0; x < n; from = end[x]!, x++) {
    const to = end[x]!;
    sortBucket(sb, sw, sk, from, to);
    for (let q = from; q < to; q++) {
      const y = sb[q]!;
      const w = sw[q]!;
      const k = sk[q]!;
      if (q > from && b[count - 1] === y) {
        if (w > weight[count - 1]! || (w === weight[count - 1]! && k < kind[count - 1]!)) {
          kind[count - 1] = k;
          weight[count - 1] = w;
        }
        continue;
      }
      a[count] = x;
      b[count] = y;
      kind[count] = k;
      weight[count] = w;
      count++;
    }
  }
  // A stable counting sort by weight, strongest first.
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
  return {
    count,
    a: a.subarray(0, count),
    b: b.subarray(0, count),
    kind: kind.subarray(0, count),
    weight: weight.subarray(0, count),
    strongA,
    strongB,
    unknown,
  };
}

/** Orders one bucket's entries by b; a mailbox rarely has many links, so insertion sort. */
function sortBucket(sb: Int32Array, sw: Uint8Array, sk: Uint8Array, from: number, to: number) {
  if (to - from > 32) {
    const byB = Array.from(sb.subarray(from, to), (y, q) => [y, sw[from + q]!, sk[from + q]!]);
    byB.sort((p, r) => p[0]! - r[0]!);
    byB.forEach(([y, w, k], q) => {
      sb[from + q] = y!;
      sw[from + q] = w!;
      sk[from + q] = k!;
    });
    return;
  }
  for (let q = from + 1; q < to; q++) {
    const y = sb[q]!;
    const w = sw[q]!;
    const k = sk[q]!;
    let p = q - 1;
    while (p >= from && sb[p]! > y) {
      sb[p + 1] = sb[p]!;
      sw[p + 1] = sw[p]!;
      sk[p + 1] = sk[p]!;
      p--;
    }
    sb[p + 1] = y;
    sw[p + 1] = w;
    sk[p + 1] = k;
  }
}
