import { mergePermissionResults } from '../domain/inventory/merge-permission-results.ts';
import type { ImportFileResult, ImportKind } from '../domain/inventory/parse-import-file.ts';
import type { PermissionsResult } from '../domain/inventory/parse-permissions.ts';
import { samplePlan } from '../domain/plan/sample-plan.ts';
import { createImportWorker, runImport } from '../workers/run-import.ts';
import { deleteInventory } from './inventory-db.ts';
import { importRecord, storeImportRecord } from './inventory-actions.ts';
import { planImported } from './plan-actions.ts';
import { fetchSampleFiles } from './sample-files.ts';
import { forgetCachedInventory } from './use-inventory.ts';

export type SampleStep =
  | { phase: 'loading' }
  | { phase: 'reading'; fileName: string; n: number; of: number }
  | { phase: 'saving' };

async function parse(kind: ImportKind, file: File, signal?: AbortSignal) {
  const job = runImport(createImportWorker(), { kind, file, fileName: file.name }, () => {});
  signal?.addEventListener('abort', job.cancel, { once: true });
  const outcome = await job.result;
  if (outcome.status === 'done') return outcome.parsed;
  if (outcome.status === 'cancelled') throw new DOMException('Cancelled', 'AbortError');
  throw new Error(`${file.name} could not be read: ${outcome.message}`);
}

/**
 * "Try a sample plan": the sample exports are read as any import is (in a worker), their
 * rows stored, and a complete plan for the fictional organisation added in one step, so
 * the plan list never shows it half made. Returns the new plan's id.
 */
export async function samplePlanCreated(
  onStep: (step: SampleStep) => void,
  signal?: AbortSignal,
): Promise<string> {
  onStep({ phase: 'loading' });
  const files = await fetchSampleFiles(signal);
  const all = [files.mailboxes, ...files.permissions];
  const parsed: ImportFileResult[] = [];
  for (const [i, file] of all.entries()) {
    onStep({ phase: 'reading', fileName: file.name, n: i + 1, of: all.length });
    parsed.push(await parse(i === 0 ? 'mailboxes' : 'permissions', file, signal));
  }
  const [mailboxes, ...permissions] = parsed;
  if (!mailboxes) throw new Error('The sample has no mailbox file.');
  onStep({ phase: 'saving' });
  const now = new Date().toISOString();
  const id = crypto.randomUUID();
  const mailboxRecord = importRecord(files.mailboxes.name, mailboxes, now, true);
  const merged: ImportFileResult = {
    kind: 'permissions',
    encoding: permissions[0]?.encoding ?? 'utf-8',
    result: mergePermissionResults(permissions.map((p) => p.result as PermissionsResult)),
  };
  const permissionNames = files.permissions.map((f) => f.name).join(', ');
  const permissionRecord = importRecord(permissionNames, merged, now, true);
  try {
    await storeImportRecord(id, mailboxRecord, signal);
    await storeImportRecord(id, permissionRecord, signal);
  } catch (error) {
    await deleteInventory(id).catch(() => {});
    forgetCachedInventory(id);
    throw error;
  }
  return planImported(
    samplePlan(id, now, { mailboxFile: mailboxRecord.meta, permissionFile: permissionRecord.meta }),
  );
}
