import type { ColumnMapping } from '../domain/inventory/column-mapping.ts';
import type { ImportFileResult, ImportKind } from '../domain/inventory/parse-import-file.ts';

/** Start parsing one file. A File (structured-cloneable) or its bytes. */
export type ParseRequest = {
  type?: 'parse';
  kind: ImportKind;
  file: Blob | ArrayBuffer;
  fileName: string;
  mapping?: ColumnMapping;
};

export type CancelRequest = { type: 'cancel' };

export type ParseWorkerRequest = ParseRequest | CancelRequest;

export type ParseWorkerResponse =
  | { type: 'progress'; done: number; total: number }
  | ({ type: 'done' } & ImportFileResult)
  | { type: 'cancelled' }
  | { type: 'error'; message: string };
