import type { ColumnMapping } from './column-mapping.ts';
import { decodeBytes } from './decode-bytes.ts';
import { notTextReason } from './not-text.ts';
import type { ImportProblem } from './mailbox.ts';
import type { TextEncodingName } from './decode-bytes.ts';
import { parseInventory } from './parse-inventory.ts';
import type { InventoryResult } from './parse-inventory.ts';
import { parsePermissions } from './parse-permissions.ts';
import type { PermissionsResult } from './parse-permissions.ts';

export type ImportKind = 'mailboxes' | 'permissions';

export type ImportFileResult =
  | { kind: 'mailboxes'; encoding: TextEncodingName; result: InventoryResult }
  | { kind: 'permissions'; encoding: TextEncodingName; result: PermissionsResult };

/**
 * Bytes of an uploaded export → parsed result, with any doubt about the text encoding listed
 * first among the problems. This is everything the import worker does besides messaging.
 */
export function parseImportFile(
  kind: ImportKind,
  bytes: Uint8Array,
  options: {
    fileName: string;
    mapping?: ColumnMapping;
    onProgress?: (rowsDone: number, totalEstimate: number) => void;
  },
): ImportFileResult {
  const decoded = decodeBytes(bytes);
  const notText = notTextReason(bytes, decoded.text);
  if (notText !== null) {
    // Read as an empty file, so the result has its usual shape: no columns, no rows.
    const problems: ImportProblem[] = [
      { file: options.fileName, row: 0, reason: notText, severity: 'error' },
    ];
    const empty = { ...options, onProgress: undefined };
    return kind === 'mailboxes'
      ? { kind, encoding: decoded.encoding, result: { ...parseInventory('', empty), problems } }
      : { kind, encoding: decoded.encoding, result: { ...parsePermissions('', empty), problems } };
  }
  const noted = <T extends { problems: ImportProblem[] }>(r: T): T => {
    if (decoded.note !== undefined) {
      r.problems.unshift({
        file: options.fileName,
        row: 0,
        reason: decoded.note,
        severity: 'warning',
      });
    }
    return r;
  };
  if (kind === 'mailboxes') {
    return {
      kind,
      encoding: decoded.encoding,
      result: noted(parseInventory(decoded.text, options)),
    };
  }
  return {
    kind,
    encoding: decoded.encoding,
    result: noted(parsePermissions(decoded.text, options)),
  };
}
