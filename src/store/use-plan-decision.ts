import { useMemo } from 'react';
import { planDecision, type PlanDecision } from '../domain/plan/plan-decision.ts';
import type { PlanInputs } from '../domain/plan/plan.ts';

/** The recommendation and the method the plan follows, recomputed only when the answers change. */
export function usePlanDecision(plan: PlanInputs | undefined): PlanDecision | undefined {
  const profile = plan?.profile;
  const choice = plan?.choice;
  return useMemo(
    () => (profile ? planDecision({ profile, choice: choice ?? null }) : undefined),
    [profile, choice],
  );
}
