import { parseImportFile } from '../domain/inventory/parse-import-file.ts';
import type { ParseWorkerRequest, ParseWorkerResponse } from './parse-inventory-messages.ts';

/**
 * The import worker's message routing, apart from `self` so it can be tested in Node.
 * Parsing itself is synchronous: a `cancel` is seen while the file is being read and before
 * and after parsing; to stop a parse already running, the page terminates the worker.
 */
export function createParseInventoryHandler(
  post: (message: ParseWorkerResponse) => void,
): (request: ParseWorkerRequest) => Promise<void> {
  let job = 0;
  let cancelled = false;
  return async (request) => {
    if (request.type === 'cancel') {
      cancelled = true;
      return;
    }
    const mine = ++job;
    cancelled = false;
    const stale = () => cancelled || mine !== job;
    try {
      const buffer =
        request.file instanceof ArrayBuffer ? request.file : await request.file.arrayBuffer();
      // Let a cancel sent while the file was read arrive before the long synchronous parse.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (stale()) return post({ type: 'cancelled' });
      const result = parseImportFile(request.kind, new Uint8Array(buffer), {
        fileName: request.fileName,
        mapping: request.mapping,
        onProgress: (done, total) => post({ type: 'progress', done, total }),
      });
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (stale()) return post({ type: 'cancelled' });
      post({ type: 'done', ...result });
    } catch (error) {
      post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
}
