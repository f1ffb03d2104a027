import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../config/paths.ts';
import type { SampleStep } from '../../store/sample-actions.ts';

function stepText(step: SampleStep): string {
  switch (step.phase) {
    case 'loading':
      return 'Loading the sample exports…';
    case 'reading':
      return `Reading ${step.fileName} (${step.n} of ${step.of})…`;
    case 'saving':
      return 'Saving the sample plan in this browser…';
  }
}

/** One click to a complete plan for Fabrikam, a fictional organisation, to see what the app makes. */
export function TrySamplePlan() {
  const [step, setStep] = useState<SampleStep | null>(null);
  const [error, setError] = useState<string | null>(null);
  const navigate = useNavigate();
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  async function start() {
    setError(null);
    const controller = new AbortController();
    abort.current = controller;
    setStep({ phase: 'loading' });
    try {
      // Loaded on demand: the decision engine it runs is not needed to list plans.
      const { samplePlanCreated } = await import('../../store/sample-actions.ts');
      const id = await samplePlanCreated(setStep, controller.signal);
      void navigate(paths.recommendation.getHref(id));
    } catch (e) {
      if (controller.signal.aborted) return;
      setError(`The sample plan could not be made: ${e instanceof Error ? e.message : String(e)}`);
      setStep(null);
    }
  }

  return (
    <div className="card">
      <h2>Try a sample plan</h2>
      <p className="field-hint">
        No export at hand? See a complete plan for Fabrikam, a fictional company of 1,200 mailboxes
        on Exchange 2016: answers, inventory, permissions, schedule, runbook and PDF.
      </p>
      <button type="button" className="btn" onClick={() => void start()} disabled={step !== null}>
        Try a sample plan
      </button>
      <p role="status" className="field-hint">
        {step ? stepText(step) : ''}
      </p>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </div>
  );
}
