/** Someone the helpdesk can look up. */
export type Person = { email: string; name: string };

/** Suggestions offered while typing: enough to pick from, few enough to render at once. */
export const MAX_SUGGESTIONS = 20;

/** People with their address and name lower-cased once, for searching as one types. */
export type PeopleIndex = { people: readonly Person[]; keys: string[] };

export function peopleIndex(people: readonly Person[]): PeopleIndex {
  return { people, keys: people.map((p) => `${p.email}\n${p.name}`.toLowerCase()) };
}

/**
 * Suggestions for what has been typed: people whose address or name contains it (at least
 * two characters), those whose address starts with it first, at most `limit`. A datalist of
 * every mailbox would put 100,000 elements in the page of a large organisation.
 */
export function suggestPeople(
  index: PeopleIndex,
  typed: string,
  limit = MAX_SUGGESTIONS,
): Person[] {
  const q = typed.trim().toLowerCase();
  if (q.length < 2) return [];
  const starts: Person[] = [];
  const contains: Person[] = [];
  for (let i = 0; i < index.keys.length && starts.length < limit; i++) {
    const key = index.keys[i]!;
    if (key.startsWith(q)) starts.push(index.people[i]!);
    else if (contains.length < limit && key.includes(q)) contains.push(index.people[i]!);
  }
  return [...starts, ...contains].slice(0, limit);
}
