import type { Permission } from '../../domain/inventory/mailbox.ts';
import { emptyByKind, type PermissionsSummary } from '../../domain/inventory/parse-permissions.ts';
import type { ImportedFileMeta } from '../../domain/plan/plan.ts';

/**
 * A permission summary rebuilt from stored rows, for inventories that came without one
 * (opened from a plan file): rows left out on purpose are not known there.
 */
export function permissionSummaryOf(
  permissions: readonly Permission[],
  meta: ImportedFileMeta | null,
): PermissionsSummary {
  const byKind = emptyByKind();
  for (const p of permissions) byKind[p.kind]++;
  const accepted = meta?.accepted ?? permissions.length;
  const rowsRead = meta?.rows ?? permissions.length;
  return { rowsRead, accepted, skipped: 0, rejected: rowsRead - accepted, byKind };
}
