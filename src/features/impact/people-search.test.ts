import { describe, expect, it } from 'vitest';
import { peopleIndex, suggestPeople } from './people-search.ts';

const people = [
  { email: 'anna.berg@contoso.com', name: 'Anna Berg' },
  { email: 'jo.anna@contoso.com', name: 'Jo Anna' },
  { email: 'bob@contoso.com', name: 'Robert Annan' },
  { email: 'carl@contoso.com', name: 'Carl' },
];
const emails = (typed: string, limit?: number) =>
  suggestPeople(peopleIndex(people), typed, limit).map((p) => p.email);

describe('suggestPeople', () => {
  it('waits for two characters', () => {
    expect(emails('')).toEqual([]);
    expect(emails(' a ')).toEqual([]);
  });

  it('matches address or name in any case, addresses that start with it first', () => {
    expect(emails('ANNA')).toEqual([
      'anna.berg@contoso.com',
      'jo.anna@contoso.com',
      'bob@contoso.com',
    ]);
    expect(emails('carl@')).toEqual(['carl@contoso.com']);
    expect(emails('zz')).toEqual([]);
  });

  it('offers at most the limit', () => {
    expect(emails('contoso', 2)).toHaveLength(2);
    const many = Array.from({ length: 100_000 }, (_, i) => ({ email: `u${i}@x.test`, name: '' }));
    expect(suggestPeople(peopleIndex(many), 'u1')).toHaveLength(20);
  });
});
