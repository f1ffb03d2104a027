import { validateProfile } from './profile.ts';
import {
  getPath,
  setPath,
  stepById,
  visibleQuestions,
  parseAnswer,
  type Draft,
  type Question,
} from './wizard-steps.ts';

export type CommitResult =
  { ok: true; draft: Draft } | { ok: false; errors: Record<string, string>; draft: Draft };

/**
 * Commits one wizard step: reads the typed answers, drops answers that no longer apply,
 * fills answers the others imply, and checks the step's questions with validateProfile.
 * Problems of later, unanswered steps are not this step's business and are ignored.
 */
export function commitStep(
  draft: Draft,
  stepId: string,
  texts: Record<string, string>,
): CommitResult {
  const step = stepById(stepId);
  if (!step) return { ok: false, errors: { '': `Unknown wizard step “${stepId}”.` }, draft };
  const errors: Record<string, string> = {};
  let next = draft;
  // Questions can depend on answers of the same step (Exchange version on the source kind),
  // so parse in order and decide applicability on the answers read so far.
  for (const q of step.questions) {
    if (q.applies && !q.applies(next)) {
      next = setPath(next, q.path, undefined);
      continue;
    }
    const parsed = parseAnswer(q, texts[q.path] ?? '');
    if ('error' in parsed) errors[q.path] = parsed.error;
    else next = setPath(next, q.path, parsed.value);
  }
  next = withImpliedAnswers(next);
  const visible = visibleQuestions(step, next);
  const checked = validateProfile(next);
  if (!checked.ok) {
    for (const p of checked.problems) {
      const q = questionFor(visible, p.path);
      if (q && !errors[q.path]) errors[q.path] = p.message;
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors, draft } : { ok: true, draft: next };
}

/** Answers that follow from others, so the wizard never asks what cannot differ. */
export function withImpliedAnswers(draft: Draft): Draft {
  let d = draft;
  const kind = getPath(d, 'source.kind');
  if (kind !== undefined && kind !== 'exchange') {
    // Free/busy and a shared GAL across premises exist only with an Exchange source.
    d = setPath(d, 'needs.freeBusy', false);
    d = setPath(d, 'needs.singleGal', undefined);
    d = setPath(d, 'source.version', undefined);
  }
  if (kind === 'pst-only') d = setPath(d, 'hasPst', undefined);
  else if (getPath(d, 'hasPst') === false) d = setPath(d, 'pst', undefined);
  return d;
}

function questionFor(questions: Question[], problemPath: string): Question | undefined {
  return questions.find(
    (q) =>
      q.path === problemPath ||
      problemPath.startsWith(`${q.path}.`) ||
      q.path.startsWith(`${problemPath}.`),
  );
}
