import type { PlanInputs } from './plan.ts';

export type StepState = 'not-started' | 'done' | 'attention';

export type PlanSection =
  'wizard' | 'recommendation' | 'inventory' | 'schedule' | 'impact' | 'export';

export type PlanProgress = Record<PlanSection, StepState>;

/**
 * The state of each section of a plan, for the navigation. `profileComplete` says whether
 * the committed wizard answers validate; `eligible` whether the chosen method is still
 * among the methods the engine allows (both derived by the caller from the domain).
 */
export function planProgress(
  plan: PlanInputs,
  derived: {
    profileComplete: boolean;
    choiceEligible: boolean;
    runbookItems: number;
    /** Ticked items that belong to the current method's runbook (ticks of another method do not count). */
    runbookTicked: number;
  },
): PlanProgress {
  const wizard: StepState =
    plan.wizard.committedSteps.length === 0
      ? 'not-started'
      : derived.profileComplete
        ? 'done'
        : 'attention';
  const recommendation: StepState = !derived.profileComplete
    ? 'not-started'
    : plan.choice === null
      ? 'attention'
      : derived.choiceEligible
        ? 'done'
        : 'attention';
  const file = plan.inventory.mailboxFile;
  const inventory: StepState = !file ? 'not-started' : file.errors > 0 ? 'attention' : 'done';
  // With an inventory the schedule exists from defaults; it asks for a review until saved.
  const schedule: StepState = plan.schedule.settings
    ? 'done'
    : file && derived.profileComplete
      ? 'attention'
      : 'not-started';
  const ticked = derived.runbookTicked;
  const impact: StepState =
    ticked === 0
      ? 'not-started'
      : derived.runbookItems > 0 && ticked >= derived.runbookItems
        ? 'done'
        : 'attention';
  const exported: StepState = plan.export.lastExportedAt ? 'done' : 'not-started';
  return { wizard, recommendation, inventory, schedule, impact, export: exported };
}
