import type { Permission } from './mailbox.ts';
import { emptyByKind, type PermissionsSummary } from './parse-permissions.ts';

/** What a plan remembers of an imported file: its data rows, and the rows that gave something. */
export type ImportedRows = { rows: number; accepted: number };

/**
 * A permission summary rebuilt from stored rows, for inventories that came without one
 * (opened from a plan file): rows left out on purpose are not known there.
 */
export function permissionSummaryOf(
  permissions: readonly Permission[],
  meta: ImportedRows | null,
): PermissionsSummary {
  const byKind = emptyByKind();
  for (const p of permissions) byKind[p.kind]++;
  const accepted = meta?.accepted ?? permissions.length;
  const rowsRead = meta?.rows ?? permissions.length;
  return { rowsRead, accepted, skipped: 0, rejected: rowsRead - accepted, byKind };
}
