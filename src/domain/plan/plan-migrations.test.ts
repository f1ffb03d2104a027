import { describe, expect, it } from 'vitest';
import { newPlan } from './plan.ts';
import { migratePlanState, planV0ToV1 } from './plan-migrations.ts';
import type { PlanStateV0 } from './plan-versions.ts';

const v0: PlanStateV0 = {
  plans: [
    {
      id: 'a',
      title: 'Contoso',
      created: '2026-01-02T10:00:00.000Z',
      answers: { mailboxCount: 300 },
    },
    { id: 'b', title: 'Fabrikam', created: '2026-01-03T10:00:00.000Z' },
  ],
};

describe('plan state migrations', () => {
  it('opens a version 0 state as version 1, keeping names, order and answers', () => {
    const r = migratePlanState(v0, 0);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.order).toEqual(['a', 'b']);
    expect(r.value.plans.a?.name).toBe('Contoso');
    expect(r.value.plans.a?.profile).toEqual({ mailboxCount: 300 });
    expect(r.value.plans.b?.inventory.mailboxFile).toBeNull();
    expect(r.value.plans.b?.createdAt).toBe('2026-01-03T10:00:00.000Z');
  });

  it('turns one prototype plan into a complete current plan', () => {
    const p = planV0ToV1({ id: 'x', title: 'T', created: 'now' });
    expect(p).toEqual({ ...newPlan('x', 'T', 'now') });
  });

  it('validates current state and drops only the damaged plan', () => {
    const good = newPlan('g', 'Good', '2026-01-01');
    const r = migratePlanState({ plans: { g: good, bad: { id: 'bad' } }, order: ['bad', 'g'] }, 1);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.keys(r.value.plans)).toEqual(['g']);
    expect(r.value.order).toEqual(['g']);
    expect(r.dropped).toEqual(['bad']);
  });

  it('refuses unknown versions and garbage', () => {
    expect(migratePlanState({}, 99).ok).toBe(false);
    expect(migratePlanState(null, 1).ok).toBe(false);
    expect(migratePlanState('text', 0).ok).toBe(false);
  });

  it('adds plans missing from the order at the end', () => {
    const a = newPlan('a', 'A', 't');
    const r = migratePlanState({ plans: { a }, order: [] }, 1);
    expect(r.ok && r.value.order).toEqual(['a']);
  });
});
