import { useCallback, useEffect, useRef, useState } from 'react';
import type { ColumnMapping } from '../../domain/inventory/column-mapping.ts';
import { combineImportResults } from '../../domain/inventory/combine-import-results.ts';
import { estimateRows } from '../../domain/inventory/estimate-rows.ts';
import type { ImportFileResult, ImportKind } from '../../domain/inventory/parse-import-file.ts';
import { inventoryImported } from '../../store/inventory-actions.ts';
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

type SetStatus = (next: ImportStatus | ((s: ImportStatus) => ImportStatus)) => void;

/** How Cancel reaches a running import: the worker of the file being read, then the save. */
type Control = { cancelled: boolean; cancelJob: () => void; saving: AbortController };

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
      const setStatus: SetStatus = (next) => {
        if (jobId.current === id) setState(next);
      };
      const chosen = kind === 'mailboxes' ? files.slice(0, 1) : files;
      setLastFiles(chosen);
      const names = chosen.map((f) => f.name).join(', ');
      const control: Control = {
        cancelled: false,
        cancelJob: () => {},
        saving: new AbortController(),
      };
      stop.current = () => {
        control.cancelled = true;
        control.cancelJob();
        control.saving.abort();
      };

      const results = await parseEach(chosen, kind, mapping, names, control, setStatus);
      if (!Array.isArray(results)) {
        if (results.state === 'failed') stop.current = null;
        setStatus(results);
        return;
      }
      const parsed = combineImportResults(results);
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
        await inventoryImported(planId, names, parsed, { signal: control.saving.signal });
        setStatus({ state: 'imported', fileName: names, parsed });
      } catch (error) {
        if (control.saving.signal.aborted) setStatus({ state: 'cancelled', fileName: names });
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

/**
 * Parses the chosen files one by one, each in a worker, showing each one's progress. Gives
 * their results, or the status that ends the import early (cancelled, or a file failed).
 */
async function parseEach(
  chosen: readonly File[],
  kind: ImportKind,
  mapping: ColumnMapping | undefined,
  names: string,
  control: Control,
  setStatus: SetStatus,
): Promise<ImportFileResult[] | Extract<ImportStatus, { state: 'cancelled' | 'failed' }>> {
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
    control.cancelJob = job.cancel;
    estimateInBackground(file, (rows) => {
      estimate = rows;
      setStatus((s) =>
        s.state === 'running' && s.fileName === file.name && s.progress.phase === 'reading'
          ? { ...s, estimate }
          : s,
      );
    });
    const outcome = await job.result;
    if (outcome.status === 'cancelled' || control.cancelled) {
      return { state: 'cancelled', fileName: names };
    }
    if (outcome.status === 'failed') {
      return { state: 'failed', fileName: file.name, message: outcome.message };
    }
    results.push(outcome.parsed);
  }
  return results;
}

/** Guesses the file's rows from its first bytes, while the worker reads it all. */
function estimateInBackground(file: File, onEstimate: (rows: number) => void): void {
  void file
    .slice(0, SAMPLE_BYTES)
    .arrayBuffer()
    .then((sample) => onEstimate(estimateRows(new Uint8Array(sample), file.size)))
    .catch(() => {});
}
