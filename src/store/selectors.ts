import { useShallow } from 'zustand/react/shallow';
import type { PlanInputs } from '../domain/plan/plan.ts';
import { usePlanStore } from './plan-store.ts';

export function usePlan(planId: string | undefined): PlanInputs | undefined {
  return usePlanStore((s) => (planId ? s.plans[planId] : undefined));
}

export type PlanListItem = { id: string; name: string; updatedAt: string; createdAt: string };

export function usePlanList(): PlanListItem[] {
  return usePlanStore(
    useShallow((s) =>
      s.order.flatMap((id) => {
        const p = s.plans[id];
        return p ? [p] : [];
      }),
    ),
  ).map((p) => ({ id: p.id, name: p.name, updatedAt: p.updatedAt, createdAt: p.createdAt }));
}
