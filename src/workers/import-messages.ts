import type { ImportProblem, Mailbox, Permission } from '../domain/inventory/mailbox.ts';
import type { ImportFileResult } from '../domain/inventory/parse-import-file.ts';
import type { ParseWorkerRequest, ParseWorkerResponse } from './parse-inventory-messages.ts';

export type ImportWorkerRequest = ParseWorkerRequest;

/**
 * What the import worker posts: the parse worker's messages, except that a result's rows
 * and problems come first in chunks, and `done` carries the rest with those lists empty.
 */
export type ImportWorkerResponse =
  | Exclude<ParseWorkerResponse, { type: 'done' }>
  | { type: 'rows'; kind: 'mailboxes'; rows: Mailbox[]; total: number }
  | { type: 'rows'; kind: 'permissions'; rows: Permission[]; total: number }
  | { type: 'problems'; problems: ImportProblem[] }
  | ({ type: 'done' } & ImportFileResult);
