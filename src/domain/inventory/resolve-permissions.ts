import type { ImportProblem, Mailbox, Permission } from './mailbox.ts';
import { findMailbox, indexMailboxes } from './mailbox-identities.ts';
import type { Lookup } from './mailbox-identities.ts';

export type ResolvedPermissions = {
  /** Permissions whose owner and grantee are both mailboxes of the inventory, by address. */
  permissions: Permission[];
  /** Permissions left out because one side matches no mailbox, or several. */
  unresolved: Permission[];
  /** One warning per identity that could not be resolved, and one for merged duplicates. */
  problems: ImportProblem[];
};

/** Rows between two pauses of resolvePermissionSteps: a few milliseconds of work. */
export const RESOLVE_STEP_ROWS = 5000;

/** Where resolvePermissionSteps is: rows done of all it reads (mailboxes, then permissions). */
export type ResolveProgress = { done: number; total: number };

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
  const steps = resolvePermissionSteps(permissions, mailboxes, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * resolvePermissions in steps of RESOLVE_STEP_ROWS rows, for a page that must keep
 * responding: it runs a few steps, lets the page work, and goes on.
 */
export function* resolvePermissionSteps(
  permissions: readonly Permission[],
  mailboxes: readonly Mailbox[],
  options: { fileName?: string } = {},
): Generator<ResolveProgress, ResolvedPermissions, void> {
  const file = options.fileName ?? 'permissions';
  // Aliases and names are indexed only when an identity is not an address, which is what
  // most exports give.
  const needsNames = permissions.some((p) => !p.owner.includes('@') || !p.grantee.includes('@'));
  const progress = { done: 0, total: mailboxes.length * (needsNames ? 2 : 1) + permissions.length };
  const ids = yield* indexMailboxes(mailboxes, needsNames, progress, RESOLVE_STEP_ROWS);
  const cache = new Map<string, Lookup>();
  const lookup = (id: string): Lookup => {
    let hit = cache.get(id);
    if (hit === undefined) {
      hit = findMailbox(id, ids);
      cache.set(id, hit);
    }
    return hit;
  };
  const kinds = new Map<string, number>();
  const kindCode = (kind: string) => {
    let code = kinds.get(kind);
    if (code === undefined) kinds.set(kind, (code = kinds.size));
    return code;
  };

  const resolved: Permission[] = [];
  const unresolved: Permission[] = [];
  const failures: Failures = new Map();
  const seen = new Set<number>();
  const n = ids.byEmail.size;
  let merged = 0;
  for (const p of permissions) {
    if (++progress.done % RESOLVE_STEP_ROWS === 0) yield { ...progress };
    const owner = lookup(p.owner);
    const grantee = lookup(p.grantee);
    if (owner !== null && 'email' in owner && grantee !== null && 'email' in grantee) {
      // Exact: below 2^53 for the five permission kinds up to ~40 million mailboxes.
      const key = (kindCode(p.kind) * n + owner.id) * n + grantee.id;
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
  return { permissions: resolved, unresolved, problems: resolveProblems(file, failures, merged) };
}

/** The identities that could not be resolved, with how many permissions name each. */
type Failures = Map<string, { lookup: Lookup; count: number; row: number }>;

function resolveProblems(file: string, failures: Failures, merged: number): ImportProblem[] {
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
  return problems;
}
