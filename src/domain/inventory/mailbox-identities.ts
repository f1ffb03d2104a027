import type { Mailbox } from './mailbox.ts';

/** What an identity of a permission export names: one mailbox, several, or none. */
export type Lookup = { email: string; id: number } | { ambiguous: string[] } | null;

/**
 * The inventory's mailboxes by the identities exports name them with. Each address is numbered,
 * so that a pair of mailboxes and a kind make one number for resolvePermissionSteps.
 */
export type MailboxIdentities = {
  byEmail: Map<string, number>;
  byAlias: Map<string, string[]>;
  byName: Map<string, string[]>;
};

/**
 * Indexes the mailboxes, yielding after every `stepRows` mailboxes read (`done` counts on from
 * the value given). Aliases and names are indexed only when `needsNames`.
 */
export function* indexMailboxes(
  mailboxes: readonly Mailbox[],
  needsNames: boolean,
  progress: { done: number; total: number },
  stepRows: number,
): Generator<{ done: number; total: number }, MailboxIdentities, void> {
  const ids: MailboxIdentities = { byEmail: new Map(), byAlias: new Map(), byName: new Map() };
  const { byEmail } = ids;
  for (const m of mailboxes) {
    if (!byEmail.has(m.email)) byEmail.set(m.email, byEmail.size);
    if (++progress.done % stepRows === 0) yield { done: progress.done, total: progress.total };
  }
  if (needsNames) {
    for (const m of mailboxes) {
      push(ids.byAlias, m.email.slice(0, m.email.indexOf('@')), m.email);
      push(ids.byName, m.displayName.trim().toLowerCase(), m.email);
      if (++progress.done % stepRows === 0) yield { done: progress.done, total: progress.total };
    }
  }
  return ids;
}

export function findMailbox(id: string, ids: MailboxIdentities): Lookup {
  const { byEmail } = ids;
  const key = id.trim().toLowerCase();
  if (key.includes('@')) {
    const at = byEmail.get(key);
    return at === undefined ? null : { email: key, id: at };
  }
  // CONTOSO\jdoe → jdoe; contoso.com/Users/Jane Doe → Jane Doe.
  const leaf = key.slice(Math.max(key.lastIndexOf('\\'), key.lastIndexOf('/')) + 1);
  for (const candidates of [ids.byAlias.get(leaf), ids.byName.get(leaf), ids.byName.get(key)]) {
    if (candidates === undefined) continue;
    const [only] = candidates;
    if (candidates.length === 1 && only !== undefined)
      return { email: only, id: byEmail.get(only)! };
    return { ambiguous: candidates };
  }
  return null;
}

function push(map: Map<string, string[]>, key: string, email: string): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [email]);
  else if (!list.includes(email)) list.push(email);
}
