import { chunkImportResult } from './chunk-import-result.ts';
import type { ImportWorkerRequest, ImportWorkerResponse } from './import-messages.ts';
import { createParseInventoryHandler } from './parse-inventory-handler.ts';

// A module worker of our own: papaparse's `worker: true` breaks in minified Vite 8 builds.
// Results go back in chunks (chunkImportResult): 100,000 rows in one message would block the
// page's main thread for hundreds of milliseconds while it receives them.
const scope = self as unknown as {
  postMessage: (message: ImportWorkerResponse) => void;
  addEventListener: (
    type: 'message',
    listener: (event: MessageEvent<ImportWorkerRequest>) => void,
  ) => void;
};

const handle = createParseInventoryHandler((message) => {
  for (const part of chunkImportResult(message)) scope.postMessage(part);
});
scope.addEventListener('message', (event) => {
  void handle(event.data);
});
