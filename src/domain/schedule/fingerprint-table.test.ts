import { describe, expect, it } from 'vitest';
import { freshArrays } from './array-arena.ts';
import { fnv1a, fnvSecond } from './email-hash.ts';
import { fingerprintTable } from './fingerprint-table.ts';

/** A table over emails in canonical order (by first hash as unsigned, then email). */
function tableOf(list: string[]) {
  const emails = [...list].sort((a, b) => fnv1a(a) - fnv1a(b) || (a < b ? -1 : 1));
  const hashes = Int32Array.from(emails, (e) => fnv1a(e) | 0);
  const seconds = Int32Array.from(emails, fnvSecond);
  return { emails, ...fingerprintTable(freshArrays, emails, hashes, seconds) };
}

describe('fingerprintTable', () => {
  it('finds every email at its position, and nothing for others', () => {
    for (const size of [0, 1, 2, 3, 100, 5000]) {
      const { emails, find, findAll } = tableOf(
        Array.from({ length: size }, (_, i) => `u${i}@x.test`),
      );
      emails.forEach((e, i) => expect(find(e)).toBe(i));
      const asked = [...emails, 'nobody@x.test', ''];
      expect(Array.from(findAll(asked.length, (k) => asked[k]!))).toEqual(asked.map(find));
      expect(find('nobody@x.test')).toBe(-1);
    }
  });

  it('tells apart emails whose first hashes are equal', () => {
    // Found by search: equal FNV-1a, different second hash.
    const [a, b] = ['c693596@x.test', 'c1170850@x.test'];
    expect(fnv1a(a)).toBe(fnv1a(b));
    expect(fnvSecond(a)).not.toBe(fnvSecond(b));
    const { emails, find, findAll } = tableOf([
      a,
      b,
      ...Array.from({ length: 50 }, (_, i) => `u${i}@x.test`),
    ]);
    expect(emails[find(a)]).toBe(a);
    expect(emails[find(b)]).toBe(b);
    expect(Array.from(findAll(2, (k) => [b, a][k]!)).map((i) => emails[i])).toEqual([b, a]);
  });
});
