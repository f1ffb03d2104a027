import { describe, expect, it } from 'vitest';
import { formatFor } from '../format.ts';
import { validateProfile } from '../profile/profile.ts';
import { exchange, testProfile, type ProfilePatch } from '../../testing/test-profiles.ts';
import { newPlan, type ImportedFileMeta } from './plan.ts';
import { adoptInventoryFigures, reconcile, reconciliationSentences } from './reconciliation.ts';

const en = formatFor('en-GB');

function plan(patch: ProfilePatch, file: Partial<ImportedFileMeta> | null) {
  const p = newPlan('p1', 'Test', '2026-12-07T00:00:00Z');
  const meta: ImportedFileMeta = {
    name: 'mailboxes.csv',
    importedAt: '2026-12-07T00:00:00Z',
    rows: 1800,
    accepted: 1800,
    errors: 0,
    warnings: 0,
    totalGB: 2500,
    ...file,
  };
  return {
    ...p,
    profile: testProfile(patch),
    inventory: { ...p.inventory, mailboxFile: file === null ? null : meta },
  };
}

const germany: ProfilePatch = {
  mailboxCount: 1800,
  totalDataGB: 2500,
  deadlineWeeks: 13,
  country: 'DE',
  needs: { freeBusy: true },
};

describe('reconcile: the inventory against the answers', () => {
  it('says nothing without an inventory, or within 10 % mailboxes and 20 % data', () => {
    expect(reconcile(plan(germany, null))).toBeNull();
    expect(reconcile(plan(germany, { accepted: 1980, totalGB: 3000 }))).toBeNull();
    expect(reconcile(plan(germany, { totalGB: undefined }))).toBeNull();
  });

  it('names each figure that differs beyond our rule', () => {
    const r = reconcile(plan(germany, { accepted: 1790, totalGB: 7278, largestGB: 118 }));
    expect(r?.gaps).toEqual([{ figure: 'data', answered: 2500, imported: 7278 }]);
    expect(r?.methodChange).toBeNull();
    expect(reconciliationSentences(r!, en)).toEqual([
      'The imported inventory mailboxes.csv holds 7,278.0 GB of data where the answers say 2,500 GB (+191 %).',
      'The recommended method stays the same, but copy times and dates follow the figures.',
    ]);
    expect(reconcile(plan(germany, { accepted: 1981 }))?.gaps.map((g) => g.figure)).toEqual([
      'mailboxes',
    ]);
  });

  it('changes the advice when the inventory crosses a method’s limit (cutover past 2,000)', () => {
    const cutover: ProfilePatch = {
      source: exchange('2010'),
      mailboxCount: 1800,
      directorySync: 'none',
    };
    const r = reconcile(plan(cutover, { accepted: 2300, totalGB: 2600 }));
    expect(r?.methodChange?.from).toBe('cutover');
    expect(r?.methodChange?.to).not.toBe('cutover');
    expect(reconciliationSentences(r!, en)[1]).toMatch(
      /^With the inventory’s figures the recommendation changes from Cutover migration to /,
    );
  });

  it('remembers that the planner kept the answers, and still says so', () => {
    const r = reconcile(plan(germany, { totalGB: 7278, answersKept: true }))!;
    expect(r.kept).toBe(true);
    expect(reconciliationSentences(r, en)[2]).toBe(
      'The plan keeps the answered figures, by the planner’s choice.',
    );
  });

  it('takes the inventory’s figures into the answers, which stay valid', () => {
    const p = plan(germany, { accepted: 1790, totalGB: 7278.4, largestGB: 118 });
    const r = reconcile(p)!;
    const checked = validateProfile(adoptInventoryFigures(p.profile, r));
    expect(checked.ok && checked.profile).toMatchObject({
      mailboxCount: 1790,
      totalDataGB: 7278.4,
      largestMailboxGB: 118,
      country: 'DE',
    });
  });
});
