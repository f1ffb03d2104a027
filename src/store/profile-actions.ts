import type { ProfileDraft } from '../domain/plan/plan.ts';
import { adoptInventoryFigures, reconcile } from '../domain/plan/reconciliation.ts';
import type { MigrationMethod } from '../domain/methods/method-list.ts';
import { updatePlan } from './plan-actions.ts';

/** "Next" on a wizard step: the step's answers become the plan's profile. */
export function wizardStepCommitted(planId: string, stepId: string, draft: ProfileDraft): void {
  updatePlan(planId, (p) => ({
    ...p,
    profile: draft,
    wizard: {
      committedSteps: p.wizard.committedSteps.includes(stepId)
        ? p.wizard.committedSteps
        : [...p.wizard.committedSteps, stepId],
    },
  }));
}

/** The user picked the method the later pages follow, with their reason when it is not the recommended one. */
export function methodChosen(planId: string, method: MigrationMethod, reason: string): void {
  updatePlan(planId, (p) => ({ ...p, choice: { method, reason } }));
}

export function methodChoiceCleared(planId: string): void {
  updatePlan(planId, (p) => ({ ...p, choice: null }));
}

/** "Use the inventory's figures": the answers take the imported counts; the recommendation follows. */
export function inventoryFiguresAdopted(planId: string): void {
  updatePlan(planId, (p) => {
    const r = reconcile(p);
    return r ? { ...p, profile: adoptInventoryFigures(p.profile, r) } : p;
  });
}

/** "Keep my answers": the notice quietens for this inventory; a new import asks again. */
export function inventoryFiguresDeclined(planId: string): void {
  updatePlan(planId, (p) => {
    const file = p.inventory.mailboxFile;
    if (!file) return p;
    return { ...p, inventory: { ...p.inventory, mailboxFile: { ...file, answersKept: true } } };
  });
}
