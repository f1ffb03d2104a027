import type { PlanInputs } from './plan.ts';

/**
 * `in-progress` is the normal state of work part-way (some answers given, defaults not yet
 * reviewed); `attention` is kept for something wrong that the user must fix, so a red mark
 * always means a problem.
 */
export type StepState = 'not-started' | 'in-progress' | 'attention' | 'done';

export type PlanSection =
  'wizard' | 'recommendation' | 'inventory' | 'schedule' | 'impact' | 'export';

/** A section's state and, in words, why: shown on the page and in the link's accessible name. */
export type SectionProgress = { state: StepState; reason: string };

export type PlanProgress = Record<PlanSection, SectionProgress>;

export const PLAN_SECTIONS: readonly PlanSection[] = [
  'wizard',
  'recommendation',
  'inventory',
  'schedule',
  'impact',
  'export',
];

/** What the caller derives from the domain (validation, the engine, the runbook). */
export type ProgressFacts = {
  /** The committed answers validate. */
  profileComplete: boolean;
  /** Every wizard step has been committed with Next. */
  allStepsCommitted: boolean;
  /** The chosen method is still among the methods the engine allows. */
  choiceEligible: boolean;
  /** The imported inventory differs from the answers and the user has not decided (reconciliation.ts). */
  figuresDiffer: boolean;
  runbookItems: number;
  /** Ticked items that belong to the current method's runbook (ticks of another method do not count). */
  runbookTicked: number;
};

const at = (state: StepState, reason: string): SectionProgress => ({ state, reason });

function wizard(plan: PlanInputs, d: ProgressFacts): SectionProgress {
  if (plan.wizard.committedSteps.length === 0) return at('not-started', 'No question answered yet');
  if (!d.profileComplete)
    return d.allStepsCommitted
      ? at('attention', 'Some answers are missing or no longer valid')
      : at('in-progress', 'Some questions are still open');
  if (d.figuresDiffer)
    return at('attention', 'The imported inventory differs from the size answers');
  return at('done', 'All questions answered');
}

function recommendation(plan: PlanInputs, d: ProgressFacts): SectionProgress {
  if (!d.profileComplete) return at('not-started', 'Answer the questions first');
  if (plan.choice === null)
    return at('in-progress', 'Confirm the method this plan follows (“Use this method”)');
  if (!d.choiceEligible)
    return at('attention', 'The chosen method is no longer possible with the current answers');
  return at('done', 'Method chosen');
}

function inventory(plan: PlanInputs): SectionProgress {
  const file = plan.inventory.mailboxFile;
  if (!file) return at('not-started', 'No mailbox inventory imported');
  if (file.errors > 0)
    return at('attention', `The last import rejected ${file.errors === 1 ? 'a row' : 'rows'}`);
  return at('done', 'Inventory imported');
}

function schedule(plan: PlanInputs, d: ProgressFacts): SectionProgress {
  if (plan.schedule.settings) return at('done', 'Settings saved');
  // With an inventory the schedule exists from defaults: work in progress until reviewed.
  if (plan.inventory.mailboxFile && d.profileComplete)
    return at('in-progress', 'Drawn from defaults: review the settings and save them');
  return at('not-started', 'Needs the answers and an inventory');
}

function impact(d: ProgressFacts): SectionProgress {
  if (d.runbookTicked === 0) return at('not-started', 'No runbook step ticked yet');
  if (d.runbookItems > 0 && d.runbookTicked >= d.runbookItems)
    return at('done', 'Every runbook step ticked');
  return at('in-progress', `${d.runbookTicked} of ${d.runbookItems} runbook steps ticked`);
}

function exported(plan: PlanInputs): SectionProgress {
  const last = plan.export.lastExportedAt;
  if (!last) return at('not-started', 'Nothing exported yet');
  // ISO timestamps compare as text.
  if (plan.updatedAt > last) return at('in-progress', 'Changed since the last export');
  return at('done', 'Exported');
}

/** The state of each section of a plan, for the navigation and the plan list. */
export function planProgress(plan: PlanInputs, d: ProgressFacts): PlanProgress {
  return {
    wizard: wizard(plan, d),
    recommendation: recommendation(plan, d),
    inventory: inventory(plan),
    schedule: schedule(plan, d),
    impact: impact(d),
    export: exported(plan),
  };
}

/**
 * Where a reopened plan goes: the first section still to work on, in the order of the work;
 * a plan whose preparation is done opens on its runbook, and a finished one on its export.
 */
export function resumeSection(progress: PlanProgress): PlanSection {
  const open = PLAN_SECTIONS.find((s) => progress[s].state !== 'done');
  return open ?? 'export';
}

/** One word for the plan list: the state of the plan as a whole. */
export function planStatus(progress: PlanProgress): SectionProgress {
  const problem = PLAN_SECTIONS.find((s) => progress[s].state === 'attention');
  if (problem) return progress[problem];
  const open = resumeSection(progress);
  return progress[open].state === 'done' ? at('done', 'Plan complete') : progress[open];
}
