import type { Permission, PermissionKind } from '../inventory/mailbox.ts';
import type { ArrayAlloc } from './array-arena.ts';
import { countingSort, identity } from './counting-sort.ts';
import type { MailboxIndex } from './mailbox-index.ts';

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

export function strengthName(weight: number): 'executive' | 'hard' | 'soft' | 'weak' {
  return weight >= EXECUTIVE
    ? 'executive'
    : weight === HARD
      ? 'hard'
      : weight === SOFT
        ? 'soft'
        : 'weak';
}

/** Distinct links between known mailboxes, one per pair (its strongest kind), a < b. */
export type Links = {
  count: number;
  a: Int32Array;
  b: Int32Array;
  kind: Uint8Array;
  weight: Uint8Array;
  /** Link indices ordered strongest first, then by (a, b): the order links are honoured in. */
  byStrength: Int32Array;
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
  const a1 = a0.subarray(0, m);
  const b1 = b0.subarray(0, m);
  // Sort by (a, b); each pair keeps its strongest link, and among equals the lowest kind code,
  // so the kind reported for a pair never depends on the order of the rows.
  let order = countingSort(mem, identity(mem, m), b1, n);
  order = countingSort(mem, order, a1, n);

  const a = mem.int32(m);
  const b = mem.int32(m);
  const kind = mem.uint8(m);
  const weight = mem.uint8(m);
  let count = 0;
  for (let i = 0; i < m; i++) {
    const o = order[i]!;
    if (count > 0 && a[count - 1] === a1[o] && b[count - 1] === b1[o]) {
      const w = w0[o]!;
      if (w > weight[count - 1]! || (w === weight[count - 1]! && k0[o]! < kind[count - 1]!)) {
        kind[count - 1] = k0[o]!;
        weight[count - 1] = w0[o]!;
      }
      continue;
    }
    a[count] = a1[o]!;
    b[count] = b1[o]!;
    kind[count] = k0[o]!;
    weight[count] = w0[o]!;
    count++;
  }
  const byStrength = countingSort(mem, identity(mem, count), weight, EXECUTIVE + 1, true);
  return {
    count,
    a: a.subarray(0, count),
    b: b.subarray(0, count),
    kind: kind.subarray(0, count),
    weight: weight.subarray(0, count),
    byStrength,
    unknown,
  };
}
