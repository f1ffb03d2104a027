import { newPlan, type PlanInputs } from '../domain/plan/plan.ts';
import type { PlanFile } from '../domain/plan/plan-file.ts';
import { copyInventory, deleteInventory, saveInventory } from './inventory-db.ts';
import { forgetCachedInventory } from './use-inventory.ts';
import { usePlanStore } from './plan-store.ts';

function now(): string {
  return new Date().toISOString();
}

function makeId(): string {
  return crypto.randomUUID();
}

/**
 * Applies `change` to one plan and stamps it as updated; `change` gets the same stamp, so a
 * time it records (an export) equals `updatedAt`. Unknown ids are ignored.
 */
export function updatePlan(
  planId: string,
  change: (plan: PlanInputs, stamp: string) => PlanInputs,
): void {
  usePlanStore.setState((s) => {
    const plan = s.plans[planId];
    if (!plan) return s;
    const stamp = now();
    return { ...s, plans: { ...s.plans, [planId]: { ...change(plan, stamp), updatedAt: stamp } } };
  });
}

export function planCreated(name: string): string {
  const plan = newPlan(makeId(), name.trim() || 'Untitled plan', now());
  usePlanStore.setState((s) => ({
    plans: { ...s.plans, [plan.id]: plan },
    order: [...s.order, plan.id],
  }));
  return plan.id;
}

export function planRenamed(planId: string, name: string): void {
  const trimmed = name.trim();
  if (!trimmed) return;
  updatePlan(planId, (p) => ({ ...p, name: trimmed }));
}

export async function planDuplicated(planId: string): Promise<string | null> {
  const source = usePlanStore.getState().plans[planId];
  if (!source) return null;
  const copy: PlanInputs = {
    ...structuredClone(source),
    id: makeId(),
    name: `${source.name} (copy)`,
    createdAt: now(),
    updatedAt: now(),
  };
  await copyInventory(planId, copy.id);
  usePlanStore.setState((s) => ({
    plans: { ...s.plans, [copy.id]: copy },
    order: [...s.order, copy.id],
  }));
  return copy.id;
}

export async function planDeleted(planId: string): Promise<void> {
  usePlanStore.setState((s) => {
    const plans = { ...s.plans };
    delete plans[planId];
    return { plans, order: s.order.filter((id) => id !== planId) };
  });
  await deleteInventory(planId);
  forgetCachedInventory(planId);
}

/** Adds a plan read from a plan file; a plan whose id is already here gets a fresh id. */
export function planImported(plan: PlanInputs): string {
  const exists = plan.id in usePlanStore.getState().plans;
  const added: PlanInputs = exists ? { ...plan, id: makeId() } : plan;
  usePlanStore.setState((s) => ({
    plans: { ...s.plans, [added.id]: added },
    order: [...s.order, added.id],
  }));
  return added.id;
}

/** Adds a plan file's plan and inventory; returns the new plan's id. */
export async function planFileOpened(file: PlanFile): Promise<string> {
  const id = planImported(file.plan);
  if (file.inventory) await saveInventory(id, file.inventory);
  return id;
}
