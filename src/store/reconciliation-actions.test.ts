import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { initialPlanState, usePlanStore } from './plan-store.ts';
import { planCreated, updatePlan } from './plan-actions.ts';
import { inventoryFiguresAdopted, inventoryFiguresDeclined } from './profile-actions.ts';
import { reconcile } from '../domain/plan/reconciliation.ts';
import { testProfile } from '../testing/test-profiles.ts';

function planWithInventory(totalGB: number) {
  const id = planCreated('Contoso');
  updatePlan(id, (p) => ({
    ...p,
    profile: testProfile({ mailboxCount: 1800, totalDataGB: 2500 }),
    inventory: {
      ...p.inventory,
      mailboxFile: {
        name: 'mailboxes.csv',
        importedAt: '2026-12-07T10:00:00Z',
        rows: 1790,
        accepted: 1790,
        errors: 0,
        warnings: 0,
        totalGB,
        largestGB: 118,
      },
    },
  }));
  return id;
}

const plan = (id: string) => usePlanStore.getState().plans[id]!;

describe('reconciliation actions', () => {
  beforeEach(() => usePlanStore.setState(initialPlanState, true));

  it('takes the inventory’s figures into the answers, after which the notice goes', () => {
    const id = planWithInventory(7278);
    expect(reconcile(plan(id))?.gaps).toHaveLength(1);
    inventoryFiguresAdopted(id);
    expect(plan(id).profile).toMatchObject({
      mailboxCount: 1790,
      totalDataGB: 7278,
      largestMailboxGB: 118,
    });
    expect(reconcile(plan(id))).toBeNull();
  });

  it('keeps the answers for this inventory only', () => {
    const id = planWithInventory(7278);
    inventoryFiguresDeclined(id);
    expect(plan(id).profile).toMatchObject({ totalDataGB: 2500 });
    expect(reconcile(plan(id))?.kept).toBe(true);
  });
});
