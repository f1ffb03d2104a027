import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { get, set } from 'idb-keyval';
import { appDb } from './idb-storage.ts';
import { PLAN_STORE_KEY, initialPlanState, usePlanStore } from './plan-store.ts';
import { planCreated, planDeleted, planDuplicated, planRenamed } from './plan-actions.ts';
import { loadInventory, saveInventory, EMPTY_INVENTORY } from './inventory-db.ts';

async function settle() {
  // persist writes asynchronously; give IndexedDB a few turns.
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
}

describe('plan store persistence', () => {
  beforeEach(async () => {
    usePlanStore.setState(initialPlanState, true);
    await settle();
  });

  it('writes plans to IndexedDB and reads them back after a reload', async () => {
    const id = planCreated('Contoso');
    planRenamed(id, 'Contoso Ltd');
    await settle();
    const stored = await get<{
      state: { plans: Record<string, { name: string }> };
      version: number;
    }>(PLAN_STORE_KEY, appDb());
    expect(stored?.version).toBe(1);
    expect(stored?.state.plans[id]?.name).toBe('Contoso Ltd');

    // A reload: memory is cleared (which persist also writes), the stored value is what
    // the next page load finds, and the store rehydrates from it.
    usePlanStore.setState(initialPlanState, true);
    await settle();
    await set(PLAN_STORE_KEY, stored, appDb());
    await usePlanStore.persist.rehydrate();
    expect(usePlanStore.getState().plans[id]?.name).toBe('Contoso Ltd');
    expect(usePlanStore.getState().order).toContain(id);
  });

  it('opens a stored version 0 state as version 1', async () => {
    await set(
      PLAN_STORE_KEY,
      {
        version: 0,
        state: {
          plans: [{ id: 'old', title: 'From the prototype', created: '2026-01-01T00:00:00Z' }],
        },
      },
      appDb(),
    );
    await usePlanStore.persist.rehydrate();
    const plan = usePlanStore.getState().plans.old;
    expect(plan?.name).toBe('From the prototype');
    expect(plan?.impact.commOffsets).toEqual([-14, -7, -2, 0, 1]);
  });

  it('ignores a damaged stored state instead of crashing', async () => {
    usePlanStore.setState(initialPlanState, true);
    await settle();
    await set(PLAN_STORE_KEY, { version: 1, state: { plans: 'nope' } }, appDb());
    await usePlanStore.persist.rehydrate();
    expect(usePlanStore.getState().plans).toEqual({});
  });

  it('duplicates a plan with its inventory and deletes a plan with its inventory', async () => {
    const id = planCreated('A');
    await saveInventory(id, { ...EMPTY_INVENTORY, mailboxProblems: [] });
    const copy = await planDuplicated(id);
    expect(copy).not.toBeNull();
    expect(usePlanStore.getState().plans[copy!]?.name).toBe('A (copy)');
    await planDeleted(id);
    expect(usePlanStore.getState().plans[id]).toBeUndefined();
    expect(await loadInventory(id)).toEqual(EMPTY_INVENTORY);
  });
});
