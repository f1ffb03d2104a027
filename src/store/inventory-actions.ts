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
import { GB } from '../domain/units.ts';

function countSeverity(problems: { severity: string }[], severity: string): number {
  let n = 0;
  for (const p of problems) if (p.severity === severity) n++;
  return n;
}

/** What one import writes: its rows, its details and the plan's record of the file. */
export type ImportRecord = {
  parts: Partial<StoredInventory>;
  details: InventoryDetails;
  meta: ImportedFileMeta;
};

export function importRecord(
  fileName: string,
  parsed: ImportFileResult,
  importedAt: string,
  sample = false,
): ImportRecord {
  const { problems } = parsed.result;
  const counts = {
    name: fileName,
    importedAt,
    errors: countSeverity(problems, 'error'),
    warnings: countSeverity(problems, 'warning'),
    ...(sample ? { sample: true } : {}),
  };
  if (parsed.kind === 'mailboxes') {
    const { mailboxes, summary, columns, mapping } = parsed.result;
    return {
      parts: { mailboxes, mailboxProblems: problems },
      details: { mailboxes: { fileName, encoding: parsed.encoding, columns, mapping, summary } },
      meta: {
        ...counts,
        rows: summary.rowsRead,
        accepted: summary.accepted,
        totalGB: Math.round(summary.totalGB * 10) / 10,
        largestGB: summary.largest ? Math.round((summary.largest.sizeBytes / GB) * 10) / 10 : 0,
      },
    };
  }
  const { permissions, summary } = parsed.result;
  return {
    parts: { permissions, permissionProblems: problems },
    details: { permissions: { fileName, encoding: parsed.encoding, summary } },
    meta: { ...counts, rows: summary.rowsRead, accepted: summary.accepted },
  };
}

/** Writes an import's rows to IndexedDB and to the pages' in-memory copy. */
export async function storeImportRecord(
  planId: string,
  record: Pick<ImportRecord, 'parts' | 'details'>,
  signal?: AbortSignal,
): Promise<void> {
  await saveInventoryParts(planId, record.parts, record.details, signal);
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
    { ...current.inventory, ...record.parts },
    { ...current.details, ...record.details },
  );
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
  const record = importRecord(fileName, parsed, new Date().toISOString());
  await storeImportRecord(planId, record, options.signal);
  const field = parsed.kind === 'mailboxes' ? 'mailboxFile' : 'permissionFile';
  updatePlan(planId, (p) => ({ ...p, inventory: { ...p.inventory, [field]: record.meta } }));
}

/** Column choices made by hand for headers the importer did not recognise. */
export function columnMappingChanged(planId: string, mapping: ColumnMapping): void {
  updatePlan(planId, (p) => ({ ...p, inventory: { ...p.inventory, mapping: { ...mapping } } }));
}
