import { useMemo } from 'react';
import { planDecision } from '../domain/plan/plan-decision.ts';
import { planProgress, type PlanProgress } from '../domain/plan/plan-progress.ts';
import type { PlanInputs } from '../domain/plan/plan.ts';
import { reconcile } from '../domain/plan/reconciliation.ts';
import { WIZARD_STEPS } from '../domain/profile/wizard-steps.ts';
import { runbook } from '../domain/impact/runbook.ts';

/** The state of each section of a plan, derived from its inputs. */
export function progressOf(plan: PlanInputs): PlanProgress {
  const decision = planDecision(plan);
  const profileComplete = decision.ready;
  const choiceEligible = decision.ready && !!plan.choice && !decision.choiceIneligible;
  const ids = decision.ready ? runbookItemIds(decision.method) : new Set<string>();
  const runbookTicked = plan.impact.ticked.filter((id) => ids.has(id)).length;
  const reconciliation = reconcile(plan);
  return planProgress(plan, {
    profileComplete,
    allStepsCommitted: WIZARD_STEPS.every((s) => plan.wizard.committedSteps.includes(s.id)),
    choiceEligible,
    figuresDiffer: reconciliation !== null && !reconciliation.kept,
    runbookItems: ids.size,
    runbookTicked,
  });
}

/** The navigation state of each section of a plan. */
export function usePlanProgress(plan: PlanInputs | undefined): PlanProgress | undefined {
  return useMemo(() => (plan ? progressOf(plan) : undefined), [plan]);
}

function runbookItemIds(method: Parameters<typeof runbook>[0]): Set<string> {
  return new Set(runbook(method).flatMap((phase) => phase.items.map((i) => i.id)));
}
