import { createParseInventoryHandler } from './parse-inventory-handler.ts';
import type { ParseWorkerRequest, ParseWorkerResponse } from './parse-inventory-messages.ts';

// A module worker of our own: papaparse's `worker: true` breaks in minified Vite 8 builds.
// Usage: new Worker(new URL('./parse-inventory.worker.ts', import.meta.url), { type: 'module' })
const scope = self as unknown as {
  postMessage: (message: ParseWorkerResponse) => void;
  addEventListener: (
    type: 'message',
    listener: (event: MessageEvent<ParseWorkerRequest>) => void,
  ) => void;
};

const handle = createParseInventoryHandler((message) =>
  // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker's postMessage takes no origin
  scope.postMessage(message),
);
scope.addEventListener('message', (event) => {
  void handle(event.data);
});
