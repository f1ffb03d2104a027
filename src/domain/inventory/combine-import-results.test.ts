import { describe, expect, it } from 'vitest';
import { combineImportResults } from './combine-import-results.ts';
import { parseImportFile } from './parse-import-file.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const permissions = (name: string, rows: string[]) =>
  parseImportFile('permissions', bytes(['Identity,User,AccessRights', ...rows].join('\n')), {
    fileName: name,
  });

describe('combineImportResults', () => {
  it('gives nothing for no file, and a single file as it is', () => {
    expect(combineImportResults([])).toBeUndefined();
    const one = permissions('a.csv', ['a@contoso.com,b@contoso.com,FullAccess']);
    expect(combineImportResults([one])).toBe(one);
  });

  it('imports several permission exports as one', () => {
    const combined = combineImportResults([
      permissions('a.csv', ['a@contoso.com,b@contoso.com,FullAccess']),
      permissions('b.csv', ['c@contoso.com,d@contoso.com,FullAccess']),
    ]);
    expect(combined?.kind).toBe('permissions');
    expect(combined?.kind === 'permissions' && combined.result.permissions.length).toBe(2);
  });
});
