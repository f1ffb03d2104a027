import { describe, expect, it } from 'vitest';
import type { ImportProblem, Permission } from './mailbox.ts';
import { summarizeResolution } from './summarize-resolution.ts';

const permission: Permission = {
  row: 2,
  owner: 'a@contoso.com',
  grantee: 'b@contoso.com',
  kind: 'full-access',
  rights: 'FullAccess',
};
const problem = (row: number): ImportProblem => ({
  file: 'p.csv',
  row,
  reason: `on row ${row}`,
  severity: 'warning',
});

describe('summarizeResolution', () => {
  it('counts linked and unresolved permissions; warnings are the problems with a row', () => {
    const problems = [problem(3), problem(0)];
    const r = summarizeResolution({
      permissions: [permission],
      unresolved: [permission, permission],
      problems,
    });
    expect(r).toEqual({ linked: 1, unresolved: 2, warnings: [problem(3)], problems });
  });
});
