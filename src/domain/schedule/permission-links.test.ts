import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { freshArrays } from './array-arena.ts';
import { indexMailboxes } from './mailbox-index.ts';
import type { MailboxIndex } from './mailbox-index.ts';
import { buildLinks, KIND_CODES, MAX_LINKED_MAILBOXES } from './permission-links.ts';
import { link, mailbox } from '../../testing/schedule-test-data.ts';

const WEIGHTS = [3, 3, 2, 2, 1];

type Executives = 'delegates' | number[] | null;

/**
 * The same links the slow, obvious way: one per pair, strongest kind, then lowest code; a
 * link of an executive (or, for 'delegates', a calendar delegate) weighs 4.
 */
function naiveLinks(n: number, edges: [number, number, number][], executives: Executives) {
  const mailboxes = Array.from({ length: n }, (_, i) => mailbox(i));
  const index = indexMailboxes(mailboxes, freshArrays);
  const canon = (i: number) => index.find(`u${i}@x.test`);
  const best = new Map<string, { a: number; b: number; kind: number; weight: number }>();
  for (const [x, y, kind] of edges) {
    const [a, b] = [Math.min(canon(x), canon(y)), Math.max(canon(x), canon(y))];
    if (a === b) continue;
    const executive =
      executives === 'delegates' ? kind === 0 : (executives ?? []).some((e) => e === x || e === y);
    const weight = executive ? 4 : WEIGHTS[kind]!;
    const old = best.get(`${a},${b}`);
    if (!old || weight > old.weight || (weight === old.weight && kind < old.kind))
      best.set(`${a},${b}`, { a, b, kind, weight });
  }
  const sorted = [...best.values()].sort((p, q) => p.a - q.a || p.b - q.b);
  const byStrength = sorted
    .map((_, i) => i)
    .sort((i, j) => sorted[j]!.weight - sorted[i]!.weight || i - j);
  return { mailboxes, sorted, byStrength };
}

describe('buildLinks', () => {
  it('keeps one link per pair, its strongest kind, sorted by (a, b), even around a hub', () => {
    const executives = fc.oneof(
      fc.constant(null),
      fc.constant('delegates' as const),
      fc.array(fc.nat(39), { maxLength: 4 }),
    );
    const edge = fc.tuple(fc.nat(39), fc.nat(39), fc.nat(4));
    // A hub with many links, first in canonical order so they all fall in its bucket, takes
    // the path for large buckets.
    const first = indexMailboxes(
      Array.from({ length: 40 }, (_, i) => mailbox(i)),
      freshArrays,
    ).emails[0]!;
    const hubId = Number(/u(\d+)@/.exec(first)![1]);
    const hub = fc.array(fc.tuple(fc.nat(39), fc.nat(4)), { maxLength: 80, size: 'max' });
    fc.assert(
      fc.property(fc.array(edge, { maxLength: 120 }), hub, executives, (edges, hubEdges, exec) => {
        const all: [number, number, number][] = [
          ...edges,
          ...hubEdges.map(([y, k]) => [hubId, y, k] as [number, number, number]),
        ];
        const { mailboxes, sorted, byStrength } = naiveLinks(40, all, exec);
        const index = indexMailboxes(mailboxes, freshArrays);
        const perms = all.map(([x, y, k], i) => link(x, y, KIND_CODES[k]!, i + 2));
        const canonical =
          exec === null || exec === 'delegates'
            ? exec
            : new Set(exec.map((e) => index.find(`u${e}@x.test`)));
        const links = buildLinks(freshArrays, index, perms, canonical);
        expect(links.count).toBe(sorted.length);
        expect(Array.from(links.a)).toEqual(sorted.map((l) => l.a));
        expect(Array.from(links.b)).toEqual(sorted.map((l) => l.b));
        expect(Array.from(links.kind)).toEqual(sorted.map((l) => l.kind));
        expect(Array.from(links.weight)).toEqual(sorted.map((l) => l.weight));
        expect(Array.from(links.strongA)).toEqual(byStrength.map((l) => sorted[l]!.a));
        expect(Array.from(links.strongB)).toEqual(byStrength.map((l) => sorted[l]!.b));
      }),
      { numRuns: 300 },
    );
  });

  it('says so rather than mixing up far ends when there are more mailboxes than its bits hold', () => {
    const huge = { emails: { length: MAX_LINKED_MAILBOXES + 1 } } as unknown as MailboxIndex;
    expect(() => buildLinks(freshArrays, huge, [], null)).toThrow(/at most 33554432 mailboxes/);
  });
});
