import { useShallow } from 'zustand/react/shallow';
import type { SampleKind } from '../domain/export/sample-notice.ts';
import type { PlanInputs } from '../domain/plan/plan.ts';
import { sampleKind } from '../domain/plan/sample-data.ts';
import { usePlanStore } from './plan-store.ts';

export function usePlan(planId: string | undefined): PlanInputs | undefined {
  return usePlanStore((s) => (planId ? s.plans[planId] : undefined));
}

export type PlanListItem = {
  id: string;
  name: string;
  updatedAt: string;
  createdAt: string;
  sample: SampleKind;
};

export function usePlanList(): PlanListItem[] {
  return usePlanStore(
    useShallow((s) =>
      s.order.flatMap((id) => {
        const p = s.plans[id];
        return p ? [p] : [];
      }),
    ),
  ).map((p) => ({
    id: p.id,
    name: p.name,
    updatedAt: p.updatedAt,
    createdAt: p.createdAt,
    sample: sampleKind(p),
  }));
}
