import { describe, expect, it } from 'vitest';
import { isFactId } from '../facts.ts';
import { METHODS } from './method-list.ts';
import { compareMethods, type Trait } from './method-comparison.ts';

function traitsOf(row: ReturnType<typeof compareMethods>[number]): Trait<unknown>[] {
  return [
    ...Object.values(row.migrates),
    ...Object.values(row.userImpact),
    row.adminEffort,
    ...Object.values(row.coexistence),
    row.batchLimit,
  ];
}

describe('compareMethods', () => {
  it('returns one row per requested method, in order, without duplicates', () => {
    expect(compareMethods(['imap', 'cutover', 'imap']).map((r) => r.method)).toEqual([
      'imap',
      'cutover',
    ]);
  });

  it('cites only existing facts', () => {
    const cited = compareMethods(METHODS).flatMap((row) =>
      traitsOf(row).flatMap((t) => (t.source === undefined ? [] : [t.source])),
    );
    expect(cited.length).toBeGreaterThan(40);
    expect(cited.filter((id) => !isFactId(id))).toEqual([]);
  });

  it('records what the documentation says about each method', () => {
    const [hybrid, cutover, imap, google] = compareMethods([
      'full-hybrid',
      'cutover',
      'imap',
      'google-workspace',
    ]);
    expect(hybrid?.coexistence.freeBusy).toEqual({ value: true, source: 'fullHybridFreeBusy' });
    expect(hybrid?.userImpact.newOutlookProfile.value).toBe(false);
    expect(cutover?.userImpact.newCredentials).toEqual({
      value: true,
      source: 'cutoverNewIdentity',
    });
    expect(cutover?.batchLimit.source).toBe('cutoverMaxMailboxes');
    expect(imap?.migrates.calendar).toEqual({ value: false, source: 'imapMailOnly' });
    expect(google?.migrates.rules.value).toBe('disabled');
  });

  it('says, where no page gives a value, which assumption the plan uses', () => {
    const [cutover] = compareMethods(['cutover']);
    expect(cutover?.migrates.rules.value).toBe('unknown');
    expect(cutover?.migrates.rules.note).toMatch(/^We assume/);
    const bare = compareMethods(METHODS).flatMap((row) =>
      traitsOf(row)
        .filter((t) => t.value === 'unknown' && !t.note)
        .map(() => row.method),
    );
    expect(bare).toEqual([]);
    expect(cutover?.adminEffort.note).toMatch(/^Our estimate/);
    const unsourced = compareMethods(METHODS).flatMap((row) =>
      traitsOf(row)
        .filter((t) => t !== row.adminEffort && t.value !== 'unknown' && t.source === undefined)
        .map((t) => `${row.method}: ${String(t.value)}`),
    );
    expect(unsourced).toEqual([]);
  });
});

describe('compareMethods and the user-impact table', () => {
  it('agree on the Outlook profile for every method', async () => {
    const { methodTraits } = await import('./method-traits.ts');
    const rows = compareMethods(METHODS);
    expect(rows.map((r) => [r.method, r.userImpact.newOutlookProfile.value])).toEqual(
      rows.map((r) => [r.method, methodTraits[r.method].profile.kind === 'new']),
    );
  });

  it('cites, for the Outlook profile, a page about that method or says it is inferred', async () => {
    const { methodTraits } = await import('./method-traits.ts');
    const { facts } = await import('../facts.ts');
    const cited = Object.fromEntries(
      METHODS.map((m) => {
        const fact = facts[compareMethods([m])[0]!.userImpact.newOutlookProfile.source!];
        return [m, `${fact.status} ${fact.source.url.split('/').pop()}`];
      }),
    );
    expect(cited).toMatchObject({
      staged: 'confirmed what-to-know-about-a-staged-migration',
      'google-workspace': 'confirmed perform-g-suite-migration',
      imap: 'inferred decommission-on-premises-exchange',
      'pst-import-network': 'inferred decommission-on-premises-exchange',
    });
    expect(methodTraits.imap.profile.kind).toBe('new');
  });
});
