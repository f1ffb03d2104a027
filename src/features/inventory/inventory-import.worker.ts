import { createParseInventoryHandler } from '../../workers/parse-inventory-handler.ts';
import { chunkImportResult } from './chunk-import-result.ts';
import type { ImportWorkerRequest, ImportWorkerResponse } from './import-messages.ts';

// The parse worker's handler, with its result posted in chunks (see chunkImportResult).
// Usage: new Worker(new URL('./inventory-import.worker.ts', import.meta.url), { type: 'module' })
const scope = self as unknown as {
  postMessage: (message: ImportWorkerResponse) => void;
  addEventListener: (
    type: 'message',
    listener: (event: MessageEvent<ImportWorkerRequest>) => void,
  ) => void;
};

const handle = createParseInventoryHandler((message) => {
  for (const part of chunkImportResult(message)) {
    // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker's postMessage takes no origin
    scope.postMessage(part);
  }
});
scope.addEventListener('message', (event) => {
  void handle(event.data);
});
