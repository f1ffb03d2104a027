import type { ArrayAlloc } from './array-arena.ts';

/**
 * Stable counting sort of `order` (indices into `keys`) by `keys[i]` in 0..range-1.
 * Linear, so the scheduler stays near-linear on a million mailboxes where comparison
 * sorts of strings are not.
 */
export function countingSort(
  mem: ArrayAlloc,
  order: Int32Array,
  keys: ArrayLike<number>,
  range: number,
): Int32Array {
  const count = mem.int32(range + 1);
  for (let i = 0; i < order.length; i++) {
    const k = keys[order[i]!]!;
    count[k + 1]!++;
  }
  for (let k = 0; k < range; k++) count[k + 1]! += count[k]!;
  const out = mem.int32(order.length);
  for (let i = 0; i < order.length; i++) {
    const o = order[i]!;
    const k = keys[o]!;
    out[count[k]!++] = o;
  }
  return out;
}
