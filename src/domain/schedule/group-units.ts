import type { ArrayAlloc } from './array-arena.ts';
import type { Links } from './permission-links.ts';

/** Mailboxes that move together (units) and the permission components they come from. */
export type Units = {
  /** Root mailbox of each mailbox's unit: every unit holds at most `limit` mailboxes. */
  unitOf: Int32Array;
  /** Root of each mailbox's component over all links, ignoring the limit. */
  compOf: Int32Array;
};

function makeSets(mem: ArrayAlloc, n: number) {
  const parent = mem.int32(n);
  const size = mem.int32(n).fill(1);
  for (let i = 0; i < n; i++) parent[i] = i;
  const find = (x: number): number => {
    while (parent[x] !== x) {
      const p = parent[x]!;
      parent[x] = parent[p]!;
      x = p;
    }
    return x;
  };
  const union = (x: number, y: number, limit: number): boolean => {
    let rx = find(x);
    let ry = find(y);
    if (rx === ry) return true;
    if (size[rx]! + size[ry]! > limit) return false;
    if (size[rx]! < size[ry]! || (size[rx] === size[ry] && ry < rx)) [rx, ry] = [ry, rx];
    parent[ry] = rx;
    size[rx]! += size[ry]!;
    return true;
  };
  return { find, union, parent };
}

/**
 * Size-limited union-find in link order, strongest first: a group that fits the limit stays
 * whole; a larger one loses its weak links first, then soft, then hard ones, because a
 * stronger link has always been merged before a weaker one is considered. Linear apart
 * from the inverse-Ackermann factor.
 */
export function groupUnits(mem: ArrayAlloc, n: number, links: Links, limit: number): Units {
  const capped = makeSets(mem, n);
  const free = makeSets(mem, n);
  for (let i = 0; i < links.count; i++) {
    const l = links.byStrength[i]!;
    const x = links.a[l]!;
    const y = links.b[l]!;
    capped.union(x, y, limit);
    free.union(x, y, Number.POSITIVE_INFINITY);
  }
  const unitOf = mem.int32(n);
  const compOf = mem.int32(n);
  for (let i = 0; i < n; i++) {
    unitOf[i] = capped.find(i);
    compOf[i] = free.find(i);
  }
  return { unitOf, compOf };
}
