import type { ImportProblem } from './mailbox.ts';
import type { ResolvedPermissions } from './resolve-permissions.ts';

/** How the permissions match the mailboxes, as the inventory page reports it. */
export type PermissionResolution = {
  linked: number;
  unresolved: number;
  /** Problems with a row: identities that match no mailbox, or several. */
  warnings: ImportProblem[];
  problems: ImportProblem[];
};

export function summarizeResolution(r: ResolvedPermissions): PermissionResolution {
  return {
    linked: r.permissions.length,
    unresolved: r.unresolved.length,
    warnings: r.problems.filter((p) => p.row > 0),
    problems: r.problems,
  };
}
