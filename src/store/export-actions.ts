import type { PlanInputs } from '../domain/plan/plan.ts';
import { updatePlan } from './plan-actions.ts';

export function exportDetailsChanged(
  planId: string,
  details: Partial<Omit<PlanInputs['export'], 'lastExportedAt'>>,
): void {
  updatePlan(planId, (p) => ({ ...p, export: { ...p.export, ...details } }));
}

export function planExportRecorded(planId: string): void {
  updatePlan(planId, (p, stamp) => ({ ...p, export: { ...p.export, lastExportedAt: stamp } }));
}

/** The plan's locale for numbers and dates; undefined goes back to the browser's. */
export function planLocaleChanged(planId: string, locale: string | undefined): void {
  updatePlan(planId, (p) => {
    const next = { ...p };
    if (locale) next.locale = locale;
    else delete next.locale;
    return next;
  });
}
