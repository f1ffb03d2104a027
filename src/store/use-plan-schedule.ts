import { useMemo } from 'react';
import { planScheduleSettings } from '../domain/plan/plan-schedule-settings.ts';
import type { PlanInputs } from '../domain/plan/plan.ts';
import type { PlanDecision } from '../domain/plan/plan-decision.ts';
import type { ScheduleSettings } from '../domain/schedule/schedule-types.ts';
import { useInventory, type InventoryState } from './use-inventory.ts';
import { useSchedule, type ScheduleState } from './use-schedule.ts';

/** The browser's time zone: the default site time zone until the user saves another. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export type PlanScheduleView = {
  inventory: InventoryState;
  settings: ScheduleSettings | null;
  schedule: ScheduleState;
};

/**
 * Everything a page needs to show a plan's schedule: the inventory, the effective settings
 * and the derived schedule (computed in a worker, shared in memory across pages).
 */
export function usePlanSchedule(
  plan: PlanInputs,
  decision: PlanDecision | undefined,
): PlanScheduleView {
  const inventory = useInventory(plan.id);
  const profile = decision?.ready ? decision.profile : null;
  const settings = useMemo(
    () => planScheduleSettings(plan, profile, browserTimeZone()),
    [plan, profile],
  );
  const ready = decision?.ready && inventory.status === 'ready';
  const inputs = ready
    ? {
        method: decision.method,
        inventory: inventory.inventory,
        settings,
        edits: plan.schedule.edits,
      }
    : null;
  const schedule = useSchedule(plan.id, inputs);
  return { inventory, settings: decision?.ready ? settings : null, schedule };
}
