import type { Mailbox } from '../inventory/mailbox.ts';
import { countingSort, identity } from './counting-sort.ts';
import { fnv1a, fnvSecond } from './email-hash.ts';
import { fingerprintTable } from './fingerprint-table.ts';

/**
 * Mailboxes in a canonical order with a fast email lookup. Hot loops read the flat arrays
 * here rather than the Mailbox objects: at a million rows, chasing objects in canonical
 * (hash) order costs more cache misses than the rest of the work.
 */
export type MailboxIndex = {
  /**
   * Emails in canonical order: by a 32-bit FNV-1a hash of the email, then the email. It
   * depends only on the emails, never on the order of the input, and sorts a million rows
   * in linear time.
   */
  emails: string[];
  /** Size in bytes per canonical index; 0 where the inventory has none (see `noSize`). */
  sizes: Float64Array;
  /** 1 where the inventory gives no size. */
  noSize: Uint8Array;
  /** Input row (position in the mailbox array) of each canonical index. */
  source: Int32Array;
  /** Canonical index of each input row, or -1 for a dropped duplicate. */
  canonOf: Int32Array;
  /** The inventory as given, for the rare reads of other fields. */
  input: readonly Mailbox[];
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

/** The mailbox at a canonical index. */
export function mailboxAt(index: MailboxIndex, i: number): Mailbox {
  return index.input[index.source[i]!]!;
}

export function indexMailboxes(input: readonly Mailbox[]): MailboxIndex {
  const n0 = input.length;
  // One pass in input order copies what the scheduler needs into flat arrays.
  const inEmails: string[] = [];
  const inSizes = new Float64Array(n0);
  const inNoSize = new Uint8Array(n0);
  const hashes = new Uint32Array(n0);
  const inSeconds = new Int32Array(n0);
  const low = new Int32Array(n0);
  const high = new Int32Array(n0);
  for (let i = 0; i < n0; i++) {
    const m = input[i]!;
    const e = m.email;
    inEmails.push(e);
    if (m.sizeBytes === null) inNoSize[i] = 1;
    else inSizes[i] = m.sizeBytes;
    const h = fnv1a(e);
    hashes[i] = h;
    inSeconds[i] = fnvSecond(e);
    low[i] = h & 0xffff;
    high[i] = h >>> 16;
  }
  let order = countingSort(identity(n0), low, 0x10000);
  order = countingSort(order, high, 0x10000);

  // Equal hashes are rare; their runs are ordered by email, then row, to stay canonical.
  for (let s = 0; s < n0;) {
    const hs = hashes[order[s]!]!;
    let e = s + 1;
    while (e < n0 && hashes[order[e]!] === hs) e++;
    if (e - s > 1) {
      const run = Array.from(order.subarray(s, e)).sort((x, y) => {
        const a = inEmails[x]!;
        const b = inEmails[y]!;
        return a < b ? -1 : a > b ? 1 : input[x]!.row - input[y]!.row;
      });
      order.set(run, s);
    }
    s = e;
  }

  const emails: string[] = [];
  const source = new Int32Array(n0);
  const canonOf = new Int32Array(n0).fill(-1);
  let n = 0;
  for (let i = 0; i < n0; i++) {
    const o = order[i]!;
    const e = inEmails[o]!;
    // Duplicates share a hash, so after the run sort they sit next to each other.
    if (n > 0 && hashes[source[n - 1]!] === hashes[o] && emails[n - 1] === e) continue;
    emails.push(e);
    source[n] = o;
    canonOf[o] = n;
    n++;
  }
  const sizes = new Float64Array(n);
  const noSize = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    sizes[i] = inSizes[source[i]!]!;
    noSize[i] = inNoSize[source[i]!]!;
  }

  const seconds = new Int32Array(n);
  for (let i = 0; i < n; i++) seconds[i] = inSeconds[source[i]!]!;
  const { find, findAll } = fingerprintTable(emails, hashes, seconds, source.subarray(0, n));
  return {
    emails,
    sizes,
    noSize,
    source: source.subarray(0, n),
    canonOf,
    input,
    find,
    findAll,
    duplicates: n0 - n,
  };
}
