import type { ImportFileResult } from '../domain/inventory/parse-import-file.ts';
import type { ImportedFileMeta } from '../domain/plan/plan.ts';
import { EMPTY_INVENTORY, loadInventory, saveInventory } from './inventory-db.ts';
import { updatePlan } from './plan-actions.ts';
import { setCachedInventory } from './use-inventory.ts';

function countSeverity(problems: { severity: string }[], severity: string): number {
  let n = 0;
  for (const p of problems) if (p.severity === severity) n++;
  return n;
}

/**
 * An import finished: its rows replace the plan's rows of that kind in IndexedDB (written
 * once), and the plan keeps a small summary for the navigation and the wizard's pre-fill.
 */
export async function inventoryImported(
  planId: string,
  fileName: string,
  parsed: ImportFileResult,
): Promise<void> {
  const current = await loadInventory(planId).catch(() => EMPTY_INVENTORY);
  const now = new Date().toISOString();
  if (parsed.kind === 'mailboxes') {
    const { mailboxes, problems, summary } = parsed.result;
    const next = { ...current, mailboxes, mailboxProblems: problems };
    await saveInventory(planId, next);
    setCachedInventory(planId, next);
    const meta: ImportedFileMeta = {
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
    updatePlan(planId, (p) => ({ ...p, inventory: { ...p.inventory, mailboxFile: meta } }));
  } else {
    const { permissions, problems, summary } = parsed.result;
    const next = { ...current, permissions, permissionProblems: problems };
    await saveInventory(planId, next);
    setCachedInventory(planId, next);
    const meta: ImportedFileMeta = {
      name: fileName,
      importedAt: now,
      rows: summary.rowsRead,
      accepted: summary.accepted,
      errors: countSeverity(problems, 'error'),
      warnings: countSeverity(problems, 'warning'),
    };
    updatePlan(planId, (p) => ({ ...p, inventory: { ...p.inventory, permissionFile: meta } }));
  }
}

/** Column choices made by hand for headers the importer did not recognise. */
export function columnMappingChanged(planId: string, mapping: Record<string, string>): void {
  updatePlan(planId, (p) => ({ ...p, inventory: { ...p.inventory, mapping } }));
}
