import type { ParseWorkerResponse } from './parse-inventory-messages.ts';
import type { ImportWorkerResponse } from './import-messages.ts';

/** Rows per message: a few ms of structured cloning each on the page's side. */
export const MESSAGE_ROWS = 5000;

/**
 * Splits the parse worker's `done` message, whose 100,000 rows would take the page's main
 * thread hundreds of ms to receive in one go, into messages of `size` rows or problems.
 */
export function chunkImportResult(
  message: ParseWorkerResponse,
  size = MESSAGE_ROWS,
): ImportWorkerResponse[] {
  if (message.type !== 'done') return [message];
  const out: ImportWorkerResponse[] = [];
  const { problems } = message.result;
  for (let i = 0; i < problems.length; i += size) {
    out.push({ type: 'problems', problems: problems.slice(i, i + size) });
  }
  if (message.kind === 'mailboxes') {
    const rows = message.result.mailboxes;
    for (let i = 0; i < rows.length; i += size) {
      out.push({
        type: 'rows',
        kind: 'mailboxes',
        rows: rows.slice(i, i + size),
        total: rows.length,
      });
    }
    out.push({ ...message, result: { ...message.result, mailboxes: [], problems: [] } });
  } else {
    const rows = message.result.permissions;
    for (let i = 0; i < rows.length; i += size) {
      out.push({
        type: 'rows',
        kind: 'permissions',
        rows: rows.slice(i, i + size),
        total: rows.length,
      });
    }
    out.push({ ...message, result: { ...message.result, permissions: [], problems: [] } });
  }
  return out;
}
