import type { PermissionKind } from './mailbox.ts';
import { emptyByKind, type PermissionsResult } from './parse-permissions.ts';

/**
 * Several permission exports (Full Access, Send As, calendar delegates) imported together
 * as one: rows and problems one file after another, counts added up.
 */
export function mergePermissionResults(results: readonly PermissionsResult[]): PermissionsResult {
  const byKind = emptyByKind();
  const merged: PermissionsResult = {
    permissions: [],
    problems: [],
    summary: { rowsRead: 0, accepted: 0, skipped: 0, rejected: 0, byKind },
  };
  for (const r of results) {
    for (const p of r.permissions) merged.permissions.push(p);
    for (const p of r.problems) merged.problems.push(p);
    merged.summary.rowsRead += r.summary.rowsRead;
    merged.summary.accepted += r.summary.accepted;
    merged.summary.skipped += r.summary.skipped;
    merged.summary.rejected += r.summary.rejected;
    for (const k of Object.keys(byKind) as PermissionKind[]) byKind[k] += r.summary.byKind[k];
  }
  return merged;
}
