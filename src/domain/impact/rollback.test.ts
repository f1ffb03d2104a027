import { describe, expect, it } from 'vitest';
import { isFactId } from '../facts.ts';
import { METHODS } from '../methods/method-list.ts';
import { rollbackPlan } from './rollback.ts';

describe('rollbackPlan', () => {
  it.each(METHODS)('%s: ordered from full reach down, with facts', (m) => {
    const steps = rollbackPlan(m);
    expect(steps.length).toBeGreaterThan(0);
    expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
    expect(steps[0]?.reach).toBe('full');
    const rank = { full: 0, partial: 1, none: 2 } as const;
    const ranks = steps.map((s) => rank[s.reach]);
    expect(ranks).toEqual(ranks.toSorted((a, b) => a - b));
    for (const s of steps) {
      expect(s.factIds.length).toBeGreaterThan(0);
      for (const f of s.factIds) expect(isFactId(f)).toBe(true);
    }
  });

  it('hybrid moves back by offboarding until the hybrid configuration is removed', () => {
    const s = rollbackPlan('full-hybrid').find((x) => x.id === 'after-completion');
    expect(s?.how).toMatch(/offboarding/);
    expect(s?.until).toMatch(/hybrid configuration/);
    expect(s?.basis).toBe('documented');
    expect(rollbackPlan('minimal-hybrid').find((x) => x.id === 'after-completion')?.basis).toBe(
      'inferred',
    );
    expect(rollbackPlan('full-hybrid').at(-1)?.reach).toBe('none');
  });

  it('cutover: MX back until the batch is deleted, then no way back', () => {
    const steps = rollbackPlan('cutover');
    expect(steps.map((s) => s.id)).toEqual(['before-mx', 'after-mx-before-delete', 'after-delete']);
    expect(steps[1]?.how).toMatch(/Point MX back/);
    expect(steps[1]?.until).toMatch(/72 hours/);
    expect(steps[2]?.reach).toBe('none');
  });

  it('staged: full rollback only until the mailboxes become mail users', () => {
    const [first, second] = rollbackPlan('staged');
    expect(first?.reach).toBe('full');
    expect(first?.until).toMatch(/converted to mail users/);
    expect(second?.how).toMatch(/no longer exists/);
  });

  it('PST imports are undone by deleting the imported folder', () => {
    for (const m of ['pst-import-network', 'pst-import-drive', 'outlook-pst'] as const) {
      expect(rollbackPlan(m).at(-1)?.how).toMatch(/Delete the imported folder/i);
    }
  });
});
