import type { Draft } from './draft.ts';
import type { Question, WizardStep } from './question.ts';
import { COEXISTENCE_STEP } from './steps/coexistence.ts';
import { NETWORK_STEP } from './steps/network.ts';
import { ORGANISATION_STEP } from './steps/organisation.ts';
import { SIZE_STEP } from './steps/size.ts';
import { SOURCE_STEP } from './steps/source.ts';
import { TIMING_STEP } from './steps/timing.ts';

/**
 * The wizard as data: its steps, the questions of each, which answers make a question
 * irrelevant, and how a typed text becomes a profile value. The UI renders these; the
 * decisions (what to ask, how to read it) live here so they are tested without a browser.
 * Each step's questions are in steps/; this file puts them in order and walks them.
 */
export type { QuestionKind, Question, WizardStep } from './question.ts';
export { type Draft, getPath, setPath } from './draft.ts';
export { formatAnswer, parseAnswer } from './answer-text.ts';

export const WIZARD_STEPS: readonly WizardStep[] = [
  ORGANISATION_STEP,
  SOURCE_STEP,
  SIZE_STEP,
  TIMING_STEP,
  COEXISTENCE_STEP,
  NETWORK_STEP,
];

export function stepById(id: string): WizardStep | undefined {
  return WIZARD_STEPS.find((s) => s.id === id);
}

/** The questions of a step that apply to the answers so far. */
export function visibleQuestions(step: WizardStep, draft: Draft): Question[] {
  return step.questions.filter((q) => !q.applies || q.applies(draft));
}

/** The step after `id`, or null after the last. */
export function nextStepId(id: string): string | null {
  const i = WIZARD_STEPS.findIndex((s) => s.id === id);
  return WIZARD_STEPS[i + 1]?.id ?? null;
}

export function previousStepId(id: string): string | null {
  const i = WIZARD_STEPS.findIndex((s) => s.id === id);
  return i > 0 ? (WIZARD_STEPS[i - 1]?.id ?? null) : null;
}

/** Where a half-answered wizard resumes: the first step not yet committed. */
export function resumeStepId(committed: readonly string[]): string {
  const open = WIZARD_STEPS.find((s) => !committed.includes(s.id));
  return (open ?? WIZARD_STEPS[0]!).id;
}
