import { useMemo } from 'react';
import { planDecision } from '../domain/plan/plan-decision.ts';
import { planProgress, type PlanProgress } from '../domain/plan/plan-progress.ts';
import type { PlanInputs } from '../domain/plan/plan.ts';
import { runbook } from '../domain/impact/runbook.ts';

/** The navigation state of each section of a plan, derived from its inputs. */
export function usePlanProgress(plan: PlanInputs | undefined): PlanProgress | undefined {
  return useMemo(() => {
    if (!plan) return undefined;
    const decision = planDecision(plan);
    const profileComplete = decision.ready;
    const choiceEligible = decision.ready && !!plan.choice && !decision.choiceIneligible;
    const ids = decision.ready ? runbookItemIds(decision.method) : new Set<string>();
    const runbookTicked = plan.impact.ticked.filter((id) => ids.has(id)).length;
    return planProgress(plan, {
      profileComplete,
      choiceEligible,
      runbookItems: ids.size,
      runbookTicked,
    });
  }, [plan]);
}

function runbookItemIds(method: Parameters<typeof runbook>[0]): Set<string> {
  return new Set(runbook(method).flatMap((phase) => phase.items.map((i) => i.id)));
}
