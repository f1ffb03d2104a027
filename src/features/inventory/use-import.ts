import { useCallback, useEffect, useRef, useState } from 'react';
import type { ColumnMapping } from '../../domain/inventory/column-mapping.ts';
import type { ImportFileResult, ImportKind } from '../../domain/inventory/parse-import-file.ts';
import type { PermissionsResult } from '../../domain/inventory/parse-permissions.ts';
import { inventoryImported } from '../../store/inventory-actions.ts';
import { estimateRows } from '../../domain/inventory/estimate-rows.ts';
import { mergePermissionResults } from '../../domain/inventory/merge-permission-results.ts';
import { createImportWorker, runImport, type ImportProgress } from '../../workers/run-import.ts';

export type RunningProgress = ImportProgress | { phase: 'saving'; total: number };

export type ImportStatus =
  | { state: 'idle' }
  | {
      state: 'running';
      fileName: string;
      /** 1-based place of this file among the files chosen together, and their number. */
      file: { n: number; of: number };
      /** Rows guessed from the file's size, until the worker knows. */
      estimate: number | null;
      progress: RunningProgress;
    }
  | { state: 'imported'; fileName: string; parsed: ImportFileResult }
  /** Nothing could be imported: the plan keeps its previous rows; the problems say why. */
  | { state: 'nothing-imported'; fileName: string; parsed: ImportFileResult }
  | { state: 'cancelled'; fileName: string }
  | { state: 'failed'; fileName: string; message: string };

const SAMPLE_BYTES = 64 * 1024;

/**
 * One import at a time for one kind of file: parse in a worker, then replace the plan's
 * rows. Cancel stops the worker, or the save before it switches over to the new rows.
 * Several permission exports chosen together are parsed one by one and imported as one.
 */
export function useImport(planId: string, kind: ImportKind) {
  const [status, setState] = useState<ImportStatus>({ state: 'idle' });
  const stop = useRef<(() => void) | null>(null);
  const [lastFiles, setLastFiles] = useState<File[]>([]);
  const jobId = useRef(0);

  useEffect(
    () => () => {
      jobId.current++;
      stop.current?.();
    },
    [],
  );

  const start = useCallback(
    async (files: File[], mapping?: ColumnMapping) => {
      stop.current?.();
      const id = ++jobId.current;
      // A job replaced by a newer one (or unmounted) must not overwrite the newer status.
      const setStatus = (next: ImportStatus | ((s: ImportStatus) => ImportStatus)) => {
        if (jobId.current === id) setState(next);
      };
      const chosen = kind === 'mailboxes' ? files.slice(0, 1) : files;
      setLastFiles(chosen);
      const names = chosen.map((f) => f.name).join(', ');
      let cancelled = false;
      const saving = new AbortController();
      let cancelJob = () => {};
      stop.current = () => {
        cancelled = true;
        cancelJob();
        saving.abort();
      };

      const results: ImportFileResult[] = [];
      for (const [i, file] of chosen.entries()) {
        let estimate: number | null = null;
        const file1 = { n: i + 1, of: chosen.length };
        const show = (progress: RunningProgress) =>
          setStatus({ state: 'running', fileName: file.name, file: file1, estimate, progress });
        const job = runImport(
          createImportWorker(),
          { kind, file, fileName: file.name, mapping: kind === 'mailboxes' ? mapping : undefined },
          show,
        );
        cancelJob = job.cancel;
        void file
          .slice(0, SAMPLE_BYTES)
          .arrayBuffer()
          .then((sample) => {
            estimate = estimateRows(new Uint8Array(sample), file.size);
            setStatus((s) =>
              s.state === 'running' && s.fileName === file.name && s.progress.phase === 'reading'
                ? { ...s, estimate }
                : s,
            );
          })
          .catch(() => {});
        const outcome = await job.result;
        if (outcome.status === 'cancelled' || cancelled) {
          setStatus({ state: 'cancelled', fileName: names });
          return;
        }
        if (outcome.status === 'failed') {
          stop.current = null;
          setStatus({ state: 'failed', fileName: file.name, message: outcome.message });
          return;
        }
        results.push(outcome.parsed);
      }

      const parsed = combine(results);
      if (parsed === undefined || parsed.result.summary.accepted === 0) {
        stop.current = null;
        if (parsed) setStatus({ state: 'nothing-imported', fileName: names, parsed });
        return;
      }
      setStatus({
        state: 'running',
        fileName: names,
        file: { n: chosen.length, of: chosen.length },
        estimate: null,
        progress: { phase: 'saving', total: parsed.result.summary.accepted },
      });
      try {
        await inventoryImported(planId, names, parsed, { signal: saving.signal });
        setStatus({ state: 'imported', fileName: names, parsed });
      } catch (error) {
        if (saving.signal.aborted) setStatus({ state: 'cancelled', fileName: names });
        else {
          setStatus({
            state: 'failed',
            fileName: names,
            message: `The rows could not be saved in this browser: ${error instanceof Error ? error.message : String(error)}`,
          });
        }
      } finally {
        if (jobId.current === id) stop.current = null;
      }
    },
    [planId, kind],
  );

  const cancel = useCallback(() => stop.current?.(), []);
  return { status, start, cancel, lastFiles };
}

function combine(results: ImportFileResult[]): ImportFileResult | undefined {
  const [first] = results;
  if (first === undefined || results.length === 1 || first.kind === 'mailboxes') return first;
  const permissionResults = results.flatMap((r) => (r.kind === 'permissions' ? [r.result] : []));
  return {
    kind: 'permissions',
    encoding: first.encoding,
    result: mergePermissionResults(permissionResults as PermissionsResult[]),
  };
}
