import type { ColumnMapping } from '../domain/inventory/column-mapping.ts';
import type { ImportFileResult } from '../domain/inventory/parse-import-file.ts';
import type { ImportedFileMeta } from '../domain/plan/plan.ts';
import {
  loadInventory,
  loadInventoryDetails,
  saveInventoryParts,
  type InventoryDetails,
  type StoredInventory,
} from './inventory-db.ts';
import { updatePlan } from './plan-actions.ts';
import { peekCachedInventory, setCachedInventory } from './use-inventory.ts';

function countSeverity(problems: { severity: string }[], severity: string): number {
  let n = 0;
  for (const p of problems) if (p.severity === severity) n++;
  return n;
}

/**
 * An import finished: its rows replace the plan's rows of that kind in IndexedDB (in
 * chunks, switched over at the end), and the plan keeps a small summary for the navigation
 * and the wizard's pre-fill. An abort before the switch leaves the previous import whole.
 */
export async function inventoryImported(
  planId: string,
  fileName: string,
  parsed: ImportFileResult,
  options: { signal?: AbortSignal } = {},
): Promise<void> {
  const now = new Date().toISOString();
  let parts: Partial<StoredInventory>;
  let details: InventoryDetails;
  let meta: ImportedFileMeta;
  if (parsed.kind === 'mailboxes') {
    const { mailboxes, problems, summary, columns, mapping } = parsed.result;
    parts = { mailboxes, mailboxProblems: problems };
    details = {
      mailboxes: { fileName, encoding: parsed.encoding, columns, mapping, summary },
    };
    meta = {
      name: fileName,
      importedAt: now,
      rows: summary.rowsRead,
      accepted: summary.accepted,
      errors: countSeverity(problems, 'error'),
      warnings: countSeverity(problems, 'warning'),
      totalGB: Math.round(summary.totalGB * 10) / 10,
      largestGB: summary.largest
        ? Math.round((summary.largest.sizeBytes / 1024 ** 3) * 10) / 10
        : 0,
    };
  } else {
    const { permissions, problems, summary } = parsed.result;
    parts = { permissions, permissionProblems: problems };
    details = { permissions: { fileName, encoding: parsed.encoding, summary } };
    meta = {
      name: fileName,
      importedAt: now,
      rows: summary.rowsRead,
      accepted: summary.accepted,
      errors: countSeverity(problems, 'error'),
      warnings: countSeverity(problems, 'warning'),
    };
  }
  await saveInventoryParts(planId, parts, details, options.signal);
  let current = peekCachedInventory(planId);
  if (current === undefined) {
    const [inventory, stored] = await Promise.all([
      loadInventory(planId),
      loadInventoryDetails(planId),
    ]);
    current = { inventory, details: stored };
  }
  setCachedInventory(
    planId,
    { ...current.inventory, ...parts },
    { ...current.details, ...details },
  );
  const field = parsed.kind === 'mailboxes' ? 'mailboxFile' : 'permissionFile';
  updatePlan(planId, (p) => ({ ...p, inventory: { ...p.inventory, [field]: meta } }));
}

/** Column choices made by hand for headers the importer did not recognise. */
export function columnMappingChanged(planId: string, mapping: ColumnMapping): void {
  updatePlan(planId, (p) => ({ ...p, inventory: { ...p.inventory, mapping: { ...mapping } } }));
}
