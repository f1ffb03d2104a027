import type { ImportProblem, Mailbox, Permission } from './mailbox.ts';

export type ResolvedPermissions = {
  /** Permissions whose owner and grantee are both mailboxes of the inventory, by address. */
  permissions: Permission[];
  /** Permissions left out because one side matches no mailbox, or several. */
  unresolved: Permission[];
  /** One warning per identity that could not be resolved, and one for merged duplicates. */
  problems: ImportProblem[];
};

type Lookup = { email: string } | { ambiguous: string[] } | null;

/**
 * Turns the identities of permission exports (addresses, `CONTOSO\jdoe`, aliases, display
 * names, `contoso.com/Users/Jane Doe`) into the mailboxes' addresses, so batching can follow
 * them. A name shared by two mailboxes is not guessed: it is reported.
 */
export function resolvePermissions(
  permissions: readonly Permission[],
  mailboxes: readonly Mailbox[],
  options: { fileName?: string } = {},
): ResolvedPermissions {
  const file = options.fileName ?? 'permissions';
  const byEmail = new Set<string>();
  const byAlias = new Map<string, string[]>();
  const byName = new Map<string, string[]>();
  for (const m of mailboxes) {
    byEmail.add(m.email);
    push(byAlias, m.email.slice(0, m.email.indexOf('@')), m.email);
    push(byName, m.displayName.trim().toLowerCase(), m.email);
  }
  const cache = new Map<string, Lookup>();
  const lookup = (id: string): Lookup => {
    let hit = cache.get(id);
    if (hit === undefined) {
      hit = find(id, byEmail, byAlias, byName);
      cache.set(id, hit);
    }
    return hit;
  };

  const resolved: Permission[] = [];
  const unresolved: Permission[] = [];
  const failures = new Map<string, { lookup: Lookup; count: number; row: number }>();
  const seen = new Set<string>();
  let merged = 0;
  for (const p of permissions) {
    const owner = lookup(p.owner);
    const grantee = lookup(p.grantee);
    if (owner !== null && 'email' in owner && grantee !== null && 'email' in grantee) {
      const key = `${p.kind}\u0000${owner.email}\u0000${grantee.email}`;
      if (seen.has(key) || owner.email === grantee.email) merged++;
      else {
        seen.add(key);
        resolved.push({ ...p, owner: owner.email, grantee: grantee.email });
      }
      continue;
    }
    unresolved.push(p);
    for (const [id, hit] of [
      [p.owner, owner],
      [p.grantee, grantee],
    ] as const) {
      if (hit !== null && 'email' in hit) continue;
      const f = failures.get(id);
      if (f === undefined) failures.set(id, { lookup: hit, count: 1, row: p.row });
      else f.count++;
    }
  }

  const problems: ImportProblem[] = [];
  for (const [id, f] of failures) {
    const why =
      f.lookup !== null && 'ambiguous' in f.lookup
        ? `matches several mailboxes (${f.lookup.ambiguous.slice(0, 3).join(', ')})`
        : 'matches no mailbox in the inventory';
    problems.push({
      file,
      row: f.row,
      reason: `“${id}” ${why}; ${f.count} permission(s) naming it are left out of batching (first on row ${f.row}).`,
      severity: 'warning',
    });
  }
  if (merged > 0) {
    problems.push({
      file,
      row: 0,
      reason: `${merged} permission(s) named the same two mailboxes as another one, or a mailbox and itself, under different names; they were merged.`,
      severity: 'warning',
    });
  }
  return { permissions: resolved, unresolved, problems };
}

function find(
  id: string,
  byEmail: ReadonlySet<string>,
  byAlias: ReadonlyMap<string, string[]>,
  byName: ReadonlyMap<string, string[]>,
): Lookup {
  const key = id.trim().toLowerCase();
  if (key.includes('@')) return byEmail.has(key) ? { email: key } : null;
  // CONTOSO\jdoe → jdoe; contoso.com/Users/Jane Doe → Jane Doe.
  const leaf = key.slice(Math.max(key.lastIndexOf('\\'), key.lastIndexOf('/')) + 1);
  for (const candidates of [byAlias.get(leaf), byName.get(leaf), byName.get(key)]) {
    if (candidates === undefined) continue;
    const [only] = candidates;
    if (candidates.length === 1 && only !== undefined) return { email: only };
    return { ambiguous: candidates };
  }
  return null;
}

function push(map: Map<string, string[]>, key: string, email: string): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [email]);
  else if (!list.includes(email)) list.push(email);
}
