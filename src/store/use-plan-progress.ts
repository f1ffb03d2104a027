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
    const runbookItems = decision.ready ? countItems(decision.method) : 0;
    return planProgress(plan, { profileComplete, choiceEligible, runbookItems });
  }, [plan]);
}

function countItems(method: Parameters<typeof runbook>[0]): number {
  return runbook(method).reduce((n, phase) => n + phase.items.length, 0);
}
