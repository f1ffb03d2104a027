import type { PlanInputs } from '../domain/plan/plan.ts';
import { updatePlan } from './plan-actions.ts';

export function exportDetailsChanged(
  planId: string,
  details: Partial<Omit<PlanInputs['export'], 'lastExportedAt'>>,
): void {
  updatePlan(planId, (p) => ({ ...p, export: { ...p.export, ...details } }));
}

export function planExportRecorded(planId: string): void {
  updatePlan(planId, (p) => ({
    ...p,
    export: { ...p.export, lastExportedAt: new Date().toISOString() },
  }));
}
