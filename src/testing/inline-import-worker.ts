import { chunkImportResult } from '../workers/chunk-import-result.ts';
import type { ImportWorkerRequest, ImportWorkerResponse } from '../workers/import-messages.ts';
import { createParseInventoryHandler } from '../workers/parse-inventory-handler.ts';
import type { ImportWorker } from '../workers/run-import.ts';

/** A Worker-shaped object: listeners, terminate, and a way to send it messages. */
export class FakeWorker implements ImportWorker {
  terminated = false;
  posted: ImportWorkerRequest[] = [];
  private message = new Set<(event: MessageEvent<ImportWorkerResponse>) => void>();
  private error = new Set<(event: ErrorEvent) => void>();
  addEventListener(type: 'message' | 'error', listener: (event: never) => void): void {
    (type === 'message' ? this.message : this.error).add(listener as never);
  }
  removeEventListener(type: 'message' | 'error', listener: (event: never) => void): void {
    (type === 'message' ? this.message : this.error).delete(listener as never);
  }
  terminate(): void {
    this.terminated = true;
  }
  postMessage(message: ImportWorkerRequest): void {
    this.posted.push(message);
  }
  send(data: ImportWorkerResponse): void {
    for (const l of this.message) l({ data } as MessageEvent<ImportWorkerResponse>);
  }
  fail(message: string): void {
    for (const l of this.error) l({ message, preventDefault() {} } as ErrorEvent);
  }
  get listening(): number {
    return this.message.size + this.error.size;
  }
}

/** The real worker code, run in the test's thread behind a Worker-shaped object. */
export function inlineWorker(chunk = 1000): FakeWorker {
  const w = new FakeWorker();
  const handle = createParseInventoryHandler((m) => {
    for (const part of chunkImportResult(m, chunk)) if (!w.terminated) w.send(part);
  });
  w.postMessage = (message) => void handle(message);
  return w;
}
