import { mergePermissionResults } from './merge-permission-results.ts';
import type { ImportFileResult } from './parse-import-file.ts';
import type { PermissionsResult } from './parse-permissions.ts';

/**
 * The files of one import as one result: several permission exports chosen together are
 * imported as one; a mailbox inventory is a single file. Undefined for no file.
 */
export function combineImportResults(results: ImportFileResult[]): ImportFileResult | undefined {
  const [first] = results;
  if (first === undefined || results.length === 1 || first.kind === 'mailboxes') return first;
  const permissionResults = results.flatMap((r) => (r.kind === 'permissions' ? [r.result] : []));
  return {
    kind: 'permissions',
    encoding: first.encoding,
    result: mergePermissionResults(permissionResults as PermissionsResult[]),
  };
}
