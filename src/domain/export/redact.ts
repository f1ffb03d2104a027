/** Where pseudonymous addresses live: a reserved TLD, so nothing can ever be delivered there. */
export const REDACTED_DOMAIN = 'redacted.invalid';

export type Person = { email: string; displayName: string };

/**
 * Replaces people's names and addresses by pseudonyms for a shareable copy of the plan.
 * Numbers come from the sorted set of addresses, so the same input always gives the same
 * pseudonyms, and one person keeps one pseudonym in every table and sentence.
 */
export type Redactor = {
  email(address: string): string;
  name(address: string): string;
  /** Free text (notes, the plan name, reasons): every known address, name and domain replaced. */
  text(value: string): string;
};

const EMAIL = /[^\s<>()[\]{},;:"'`]+@[^\s<>()[\]{},;:"'`]+\.[^\s<>()[\]{},;:"'`.]+/g;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `people` is every mailbox; `otherAddresses` are addresses seen elsewhere (permission grantees). */
export function makeRedactor(
  people: readonly Person[],
  otherAddresses: readonly string[] = [],
): Redactor {
  const all = new Set<string>();
  for (const p of people) all.add(p.email.toLowerCase());
  for (const a of otherAddresses) all.add(a.toLowerCase());
  const sorted = [...all].toSorted();
  const digits = Math.max(4, String(sorted.length).length);
  const number = new Map<string, string>();
  sorted.forEach((address, i) => number.set(address, String(i + 1).padStart(digits, '0')));

  const pseudoEmail = (n: string) => `user${n}@${REDACTED_DOMAIN}`;
  const pseudoName = (n: string) => `User ${n}`;
  // An address we never saw (typed into a note) still must not leak.
  const unknown = `someone@${REDACTED_DOMAIN}`;

  const email = (address: string) => {
    const n = number.get(address.toLowerCase());
    return n ? pseudoEmail(n) : unknown;
  };
  const name = (address: string) => {
    const n = number.get(address.toLowerCase());
    return n ? pseudoName(n) : 'Someone';
  };

  // Names and domains in free text, longest first so "Ann Lee-Smith" wins over "Ann Lee".
  const nameToNumber = new Map<string, string>();
  for (const p of people) {
    const n = number.get(p.email.toLowerCase());
    const dn = p.displayName.trim();
    // Very short names ("IT", "HR") are ordinary words in the plan's text, not people.
    if (n && dn.length >= 4 && !nameToNumber.has(dn)) nameToNumber.set(dn, n);
  }
  const names = [...nameToNumber.keys()].toSorted((a, b) => b.length - a.length);
  const namePattern = names.length > 0 ? new RegExp(names.map(escapeRegExp).join('|'), 'g') : null;
  const domains = [...new Set(sorted.map((a) => a.slice(a.lastIndexOf('@') + 1)).filter(Boolean))]
    .filter((d) => d !== REDACTED_DOMAIN)
    .toSorted((a, b) => b.length - a.length);
  const domainPattern =
    domains.length > 0 ? new RegExp(domains.map(escapeRegExp).join('|'), 'gi') : null;

  const text = (value: string) => {
    let out = value.replace(EMAIL, (m) =>
      m.toLowerCase().endsWith(`@${REDACTED_DOMAIN}`) ? m : email(m),
    );
    if (namePattern) out = out.replace(namePattern, (m) => pseudoName(nameToNumber.get(m) ?? '0'));
    if (domainPattern) out = out.replace(domainPattern, REDACTED_DOMAIN);
    return out;
  };

  return { email, name, text };
}
