import type { ImportProblem, Mailbox, Permission } from '../domain/inventory/mailbox.ts';
import type { ImportFileResult } from '../domain/inventory/parse-import-file.ts';
import type { ParseRequest } from './parse-inventory-messages.ts';
import type { ImportWorkerRequest, ImportWorkerResponse } from './import-messages.ts';

/** The part of a Worker an import uses, so tests can drive it without a browser. */
export type ImportWorker = {
  postMessage: (message: ImportWorkerRequest) => void;
  terminate: () => void;
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<ImportWorkerResponse>) => void,
  ): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  removeEventListener(
    type: 'message',
    listener: (event: MessageEvent<ImportWorkerResponse>) => void,
  ): void;
  removeEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
};

/** A new import worker; each import gets its own, so Cancel can terminate it. */
export function createImportWorker(): ImportWorker {
  return new Worker(new URL('./parse-inventory.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as ImportWorker;
}

export type ImportProgress =
  | { phase: 'reading' }
  | { phase: 'checking'; done: number; total: number }
  | { phase: 'receiving'; done: number; total: number };

export type ImportOutcome =
  | { status: 'done'; parsed: ImportFileResult }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

/**
 * Runs one file through an import worker and puts its chunked answer back together.
 * `cancel` terminates the worker: parsing is one synchronous call there, so a message
 * asking it to stop would only be read once the parse is over.
 */
export function runImport(
  worker: ImportWorker,
  request: ParseRequest,
  onProgress: (progress: ImportProgress) => void,
): { result: Promise<ImportOutcome>; cancel: () => void } {
  let finish: (outcome: ImportOutcome) => void = () => {};
  const result = new Promise<ImportOutcome>((resolve) => {
    finish = (outcome) => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      worker.terminate();
      resolve(outcome);
    };
  });
  const rows: (Mailbox | Permission)[] = [];
  const problems: ImportProblem[] = [];
  const onMessage = (event: MessageEvent<ImportWorkerResponse>) => {
    const m = event.data;
    switch (m.type) {
      case 'progress':
        onProgress({ phase: 'checking', done: m.done, total: m.total });
        break;
      case 'problems':
        for (const p of m.problems) problems.push(p);
        break;
      case 'rows':
        for (const r of m.rows) rows.push(r);
        onProgress({ phase: 'receiving', done: rows.length, total: m.total });
        break;
      case 'done':
        finish({ status: 'done', parsed: assemble(m, rows, problems) });
        break;
      case 'cancelled':
        finish({ status: 'cancelled' });
        break;
      case 'error':
        finish({ status: 'failed', message: m.message });
        break;
    }
  };
  const onError = (event: ErrorEvent) => {
    event.preventDefault();
    finish({ status: 'failed', message: event.message || 'The import worker stopped.' });
  };
  worker.addEventListener('message', onMessage);
  worker.addEventListener('error', onError);
  onProgress({ phase: 'reading' });
  // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a Worker's postMessage takes no origin
  worker.postMessage(request);
  return { result, cancel: () => finish({ status: 'cancelled' }) };
}

function assemble(
  done: ImportFileResult,
  rows: (Mailbox | Permission)[],
  problems: ImportProblem[],
): ImportFileResult {
  if (done.kind === 'mailboxes') {
    return { ...done, result: { ...done.result, mailboxes: rows as Mailbox[], problems } };
  }
  return { ...done, result: { ...done.result, permissions: rows as Permission[], problems } };
}
