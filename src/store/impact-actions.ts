import { updatePlan } from './plan-actions.ts';

export function runbookItemToggled(planId: string, itemId: string, done: boolean): void {
  updatePlan(planId, (p) => {
    const ticked = p.impact.ticked.filter((id) => id !== itemId);
    return { ...p, impact: { ...p.impact, ticked: done ? [...ticked, itemId] : ticked } };
  });
}

/** Days relative to each batch's cut-over on which notices go out (T-14 … T+1). */
export function commOffsetsChanged(planId: string, offsets: number[]): void {
  updatePlan(planId, (p) => ({ ...p, impact: { ...p.impact, commOffsets: offsets } }));
}
