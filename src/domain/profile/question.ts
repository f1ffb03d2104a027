import type { Draft } from './draft.ts';

/** What a wizard question is: the data the UI renders and the answer readers check. */
export type QuestionKind = 'text' | 'number' | 'yes-no' | 'choice';

export type Question = {
  /** Dot path into the profile draft, e.g. `needs.freeBusy`. */
  path: string;
  label: string;
  /** One line on why the question matters. */
  hint: string;
  kind: QuestionKind;
  options?: readonly { value: string; label: string }[];
  /** Optional questions may stay empty. */
  optional?: boolean;
  /** Unit shown after number inputs. */
  unit?: string;
  /** Whether the question applies, given the answers so far. */
  applies?: (draft: Draft) => boolean;
};

export type WizardStep = { id: string; title: string; questions: readonly Question[] };

/** How a question is asked: short option lists as radios (all visible), long ones as a menu. */
export type QuestionControl = 'radios' | 'select' | 'input';

/** Up to this many options show as radios; more go in a menu. */
const MOST_RADIOS = 4;

export function questionControl(q: Question): QuestionControl {
  if (q.kind === 'yes-no') return 'radios';
  if (q.kind === 'choice') return (q.options?.length ?? 0) <= MOST_RADIOS ? 'radios' : 'select';
  return 'input';
}
