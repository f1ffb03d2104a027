import { mergePermissionResults } from '../domain/inventory/merge-permission-results.ts';
import type { ImportFileResult, ImportKind } from '../domain/inventory/parse-import-file.ts';
import type { PermissionsResult } from '../domain/inventory/parse-permissions.ts';
import { samplePlan } from '../domain/plan/sample-plan.ts';
import { createImportWorker, runImport, type ImportWorker } from '../workers/run-import.ts';
import { deleteInventory } from './inventory-db.ts';
import { importRecord, storeImportRecord, type ImportRecord } from './inventory-actions.ts';
import { planImported, updatePlan } from './plan-actions.ts';
import { fetchSampleFiles } from './sample-files.ts';
import { forgetCachedInventory } from './use-inventory.ts';

export type SampleStep =
  | { phase: 'loading' }
  | { phase: 'reading'; fileName: string; n: number; of: number }
  | { phase: 'saving' };

/** Where the sample comes from and what reads it; tests pass their own. */
export type SampleSources = {
  fetchFiles: (signal?: AbortSignal) => Promise<{ mailboxes: File; permissions: File[] }>;
  createWorker: () => ImportWorker;
};

const APP_SOURCES: SampleSources = {
  fetchFiles: fetchSampleFiles,
  createWorker: createImportWorker,
};

const aborted = () => new DOMException('The sample import was cancelled.', 'AbortError');

async function parse(
  kind: ImportKind,
  file: File,
  sources: SampleSources,
  signal?: AbortSignal,
): Promise<ImportFileResult> {
  if (signal?.aborted) throw aborted();
  const job = runImport(sources.createWorker(), { kind, file, fileName: file.name }, () => {});
  signal?.addEventListener('abort', job.cancel, { once: true });
  const outcome = await job.result;
  signal?.removeEventListener('abort', job.cancel);
  if (outcome.status === 'done') return outcome.parsed;
  if (outcome.status === 'cancelled') throw aborted();
  throw new Error(`${file.name} could not be read: ${outcome.message}`);
}

type SampleRecords = { mailboxes: ImportRecord; permissions: ImportRecord };

/** The sample's four exports, read as any import is (in a worker), as two import records. */
async function readSample(
  onStep: (step: SampleStep) => void,
  sources: SampleSources,
  now: string,
  signal?: AbortSignal,
): Promise<SampleRecords> {
  onStep({ phase: 'loading' });
  const files = await sources.fetchFiles(signal);
  const all = [files.mailboxes, ...files.permissions];
  const parsed: ImportFileResult[] = [];
  for (const [i, file] of all.entries()) {
    onStep({ phase: 'reading', fileName: file.name, n: i + 1, of: all.length });
    parsed.push(await parse(i === 0 ? 'mailboxes' : 'permissions', file, sources, signal));
  }
  const [mailboxes, ...permissions] = parsed;
  if (!mailboxes || mailboxes.kind !== 'mailboxes' || mailboxes.result.summary.accepted === 0) {
    throw new Error('The sample mailbox file could not be read.');
  }
  const merged: ImportFileResult = {
    kind: 'permissions',
    encoding: permissions[0]?.encoding ?? 'utf-8',
    result: mergePermissionResults(permissions.map((p) => p.result as PermissionsResult)),
  };
  const permissionNames = files.permissions.map((f) => f.name).join(', ');
  return {
    mailboxes: importRecord(files.mailboxes.name, mailboxes, now, true),
    permissions: importRecord(permissionNames, merged, now, true),
  };
}

/** Both records' rows in one write, so the mailboxes and permissions switch over together. */
function bothRecords(r: SampleRecords): Pick<ImportRecord, 'parts' | 'details'> {
  return {
    parts: { ...r.mailboxes.parts, ...r.permissions.parts },
    details: { ...r.mailboxes.details, ...r.permissions.details },
  };
}

/**
 * "Try a sample plan": reads the sample, stores its rows and adds a complete plan for the
 * fictional organisation in one step, so the plan list never shows it half made. On a
 * failure or a cancel nothing is left behind. Returns the new plan's id.
 */
export async function samplePlanCreated(
  onStep: (step: SampleStep) => void,
  signal?: AbortSignal,
  sources: SampleSources = APP_SOURCES,
): Promise<string> {
  const now = new Date().toISOString();
  const records = await readSample(onStep, sources, now, signal);
  onStep({ phase: 'saving' });
  const id = crypto.randomUUID();
  try {
    if (signal?.aborted) throw aborted();
    const plan = samplePlan(id, now, {
      mailboxFile: records.mailboxes.meta,
      permissionFile: records.permissions.meta,
    });
    await storeImportRecord(id, bothRecords(records), signal);
    if (signal?.aborted) throw aborted();
    return planImported(plan);
  } catch (error) {
    await deleteInventory(id).catch(() => {});
    forgetCachedInventory(id);
    throw error;
  }
}

/**
 * "Use the sample" on a plan's inventory page: the sample's mailboxes and permissions
 * replace the plan's, both at once; on a failure or a cancel before the switch-over the
 * plan keeps what it had.
 */
export async function sampleInventoryImported(
  planId: string,
  onStep: (step: SampleStep) => void,
  signal?: AbortSignal,
  sources: SampleSources = APP_SOURCES,
): Promise<SampleRecords> {
  const records = await readSample(onStep, sources, new Date().toISOString(), signal);
  onStep({ phase: 'saving' });
  await storeImportRecord(planId, bothRecords(records), signal);
  // The rows have switched over: the plan's records must follow, cancelled or not.
  updatePlan(planId, (p) => ({
    ...p,
    inventory: {
      ...p.inventory,
      mailboxFile: records.mailboxes.meta,
      permissionFile: records.permissions.meta,
    },
  }));
  return records;
}
