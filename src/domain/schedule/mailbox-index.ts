import type { Mailbox } from '../inventory/mailbox.ts';
import { countingSort, identity } from './counting-sort.ts';

/** Mailboxes in a canonical order with a fast email lookup. */
export type MailboxIndex = {
  /**
   * Canonical order: by a 32-bit FNV-1a hash of the email, then the email. It depends only
   * on the emails, never on the order of the input, and sorts a million rows in linear time.
   */
  mailboxes: Mailbox[];
  emails: string[];
  /**
   * Canonical index of an email, or -1. Identity is a 64-bit fingerprint of the email (two
   * independent 32-bit hashes); exact strings are compared only if two inventory emails share
   * one. A different string matching a fingerprint has odds below 1 in 10^6 per run even at
   * a million mailboxes and 3 million lookups.
   */
  find: (email: string) => number;
  /** `find` for many texts at once, probing in hash order (cache-friendly). */
  findAll: (count: number, text: (k: number) => string) => Int32Array;
  /** Rows dropped because their email was already present. */
  duplicates: number;
};

export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A second, independent 32-bit hash (murmur-style mixing) for the fingerprint. */
export function fnvSecond(text: string): number {
  let h = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x5bd1e995);
    h ^= h >>> 15;
  }
  return h | 0;
}

export function indexMailboxes(input: readonly Mailbox[]): MailboxIndex {
  const n0 = input.length;
  const hashes = new Uint32Array(n0);
  const low = new Int32Array(n0);
  const high = new Int32Array(n0);
  for (let i = 0; i < n0; i++) {
    const h = fnv1a(input[i]!.email);
    hashes[i] = h;
    low[i] = h & 0xffff;
    high[i] = h >>> 16;
  }
  let order = countingSort(identity(n0), low, 0x10000);
  order = countingSort(order, high, 0x10000);

  // Equal hashes are rare; their runs are ordered by email, then row, to stay canonical.
  for (let s = 0; s < n0;) {
    let e = s + 1;
    while (e < n0 && hashes[order[e]!] === hashes[order[s]!]) e++;
    if (e - s > 1) {
      const run = Array.from(order.subarray(s, e)).sort((x, y) => {
        const a = input[x]!;
        const b = input[y]!;
        return a.email < b.email ? -1 : a.email > b.email ? 1 : a.row - b.row;
      });
      order.set(run, s);
    }
    s = e;
  }

  const mailboxes: Mailbox[] = [];
  const emails: string[] = [];
  const kept: number[] = [];
  let duplicates = 0;
  for (let i = 0; i < n0; i++) {
    const m = input[order[i]!]!;
    const prev = emails.length - 1;
    // Duplicates share a hash, so after the run sort they sit next to each other.
    if (prev >= 0 && hashes[kept[prev]!] === hashes[order[i]!] && emails[prev] === m.email) {
      duplicates++;
      continue;
    }
    mailboxes.push(m);
    emails.push(m.email);
    kept.push(order[i]!);
  }

  const n = emails.length;
  let bits = 1;
  while (1 << bits < n * 2) bits++;
  const size = 1 << bits;
  const mask = size - 1;
  const shift = 32 - bits;
  // [hash, second hash, index] per slot. Slots are addressed by the hash's top bits, so
  // inserting in canonical (hash) order and probing in hash order both sweep the table in
  // order: that keeps a million lookups in cache where a string-keyed Map is not.
  const table = new Int32Array(size * 3).fill(-1);
  let exact: Map<string, number> | null = null;
  for (let i = 0; i < n; i++) {
    const h = hashes[kept[i]!]! | 0;
    const g = fnvSecond(emails[i]!);
    let p = (h >>> shift) & mask;
    while (table[p * 3 + 2] !== -1) {
      if (table[p * 3] === h && table[p * 3 + 1] === g)
        exact ??= new Map(emails.map((e, k) => [e, k]));
      p = (p + 1) & mask;
    }
    table[p * 3] = h;
    table[p * 3 + 1] = g;
    table[p * 3 + 2] = i;
  }
  const probe = (h: number, g: number): number => {
    let p = (h >>> shift) & mask;
    for (;;) {
      const j = table[p * 3 + 2]!;
      if (j === -1 || (table[p * 3] === h && table[p * 3 + 1] === g)) return j;
      p = (p + 1) & mask;
    }
  };
  const find = (email: string): number =>
    exact ? (exact.get(email) ?? -1) : probe(fnv1a(email) | 0, fnvSecond(email));
  const findAll = (count: number, text: (k: number) => string): Int32Array => {
    const out = new Int32Array(count);
    if (exact) {
      for (let k = 0; k < count; k++) out[k] = exact.get(text(k)) ?? -1;
      return out;
    }
    const h = new Int32Array(count);
    const g = new Int32Array(count);
    const top = new Int32Array(count);
    for (let k = 0; k < count; k++) {
      const t = text(k);
      h[k] = fnv1a(t) | 0;
      g[k] = fnvSecond(t);
      top[k] = h[k]! >>> 16;
    }
    const probeOrder = countingSort(identity(count), top, 0x10000);
    for (let q = 0; q < count; q++) {
      const k = probeOrder[q]!;
      out[k] = probe(h[k]!, g[k]!);
    }
    return out;
  };
  return { mailboxes, emails, find, findAll, duplicates };
}
