import type { ScheduleEdit, ScheduleSettings } from '../domain/schedule/schedule-types.ts';
import { updatePlan } from './plan-actions.ts';

export function scheduleSettingsSaved(planId: string, settings: ScheduleSettings): void {
  updatePlan(planId, (p) => ({
    ...p,
    schedule: { ...p.schedule, settings: { ...settings } as Record<string, unknown> },
  }));
}

export function scheduleSettingsReset(planId: string): void {
  updatePlan(planId, (p) => ({ ...p, schedule: { ...p.schedule, settings: null } }));
}

/** A manual edit (move, lock, split, merge): appended, so undo is removing the last one. */
export function scheduleEdited(planId: string, edit: ScheduleEdit): void {
  updatePlan(planId, (p) => ({
    ...p,
    schedule: { ...p.schedule, edits: [...p.schedule.edits, edit] },
  }));
}

export function scheduleEditUndone(planId: string): void {
  updatePlan(planId, (p) => ({
    ...p,
    schedule: { ...p.schedule, edits: p.schedule.edits.slice(0, -1) },
  }));
}

export function scheduleEditsCleared(planId: string): void {
  updatePlan(planId, (p) => ({ ...p, schedule: { ...p.schedule, edits: [] } }));
}
