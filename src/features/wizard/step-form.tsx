import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../config/paths.ts';
import type { PlanInputs } from '../../domain/plan/plan.ts';
import { commitStep } from '../../domain/profile/commit-step.ts';
import {
  formatAnswer,
  getPath,
  nextStepId,
  parseAnswer,
  previousStepId,
  setPath,
  visibleQuestions,
  type Draft,
  type WizardStep,
} from '../../domain/profile/wizard-steps.ts';
import { wizardStepCommitted } from '../../store/profile-actions.ts';
import { InventoryPrefill } from './inventory-prefill.tsx';
import { QuestionField } from './question-field.tsx';

export function StepForm({ plan, step }: { plan: PlanInputs; step: WizardStep }) {
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const [texts, setTexts] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      step.questions.map((q) => [q.path, formatAnswer(q, getPath(plan.profile, q.path))]),
    ),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});

  // Which questions show depends on answers typed in this step too (the version after the source).
  let preview: Draft = plan.profile;
  for (const q of step.questions) {
    const parsed = parseAnswer(q, texts[q.path] ?? '');
    if ('value' in parsed) preview = setPath(preview, q.path, parsed.value);
  }
  const questions = visibleQuestions(step, preview);
  const previous = previousStepId(step.id);

  function submit(e: FormEvent) {
    e.preventDefault();
    const result = commitStep(plan.profile, step.id, texts);
    if (!result.ok) {
      setErrors(result.errors);
      // Move focus to the first field in error so keyboard and screen reader users land on it.
      requestAnimationFrame(() => {
        formRef.current
          ?.querySelector<HTMLElement>('[aria-invalid="true"], input[data-invalid="true"]')
          ?.focus();
      });
      return;
    }
    setErrors({});
    wizardStepCommitted(plan.id, step.id, result.draft);
    const next = nextStepId(step.id);
    void navigate(
      next ? paths.wizard.getHref(plan.id, next) : paths.recommendation.getHref(plan.id),
    );
  }

  const errorCount = Object.keys(errors).length;
  return (
    <form ref={formRef} onSubmit={submit} noValidate className="wizard-form">
      {errorCount > 0 && (
        <div role="alert" className="notice notice-error">
          {errorCount === 1
            ? 'One answer needs attention.'
            : `${errorCount} answers need attention.`}
        </div>
      )}
      {step.id === 'size' && (
        <InventoryPrefill plan={plan} onUse={(values) => setTexts((t) => ({ ...t, ...values }))} />
      )}
      {questions.map((q) => (
        <QuestionField
          key={q.path}
          question={q}
          value={texts[q.path] ?? ''}
          error={errors[q.path]}
          onChange={(value) => setTexts((t) => ({ ...t, [q.path]: value }))}
        />
      ))}
      <div className="button-row">
        {previous && (
          <button
            type="button"
            className="btn"
            onClick={() => void navigate(paths.wizard.getHref(plan.id, previous))}
          >
            Back
          </button>
        )}
        <button type="submit" className="btn btn-primary">
          {nextStepId(step.id) ? 'Next' : 'Next: see the recommendation'}
        </button>
      </div>
    </form>
  );
}
