import { useParams } from 'react-router';
import { stepById } from '../../domain/profile/wizard-steps.ts';
import { usePlan } from '../../store/selectors.ts';
import { PageTitle } from '../../ui/page-title.tsx';
import { StepForm } from './step-form.tsx';
import { WizardProgress } from './wizard-progress.tsx';

export function WizardPage() {
  const { planId = '', step: stepId = '' } = useParams();
  const plan = usePlan(planId);
  const step = stepById(stepId);
  if (!plan) return null;
  if (!step) {
    return (
      <>
        <PageTitle>Unknown question step</PageTitle>
        <p>There is no step “{stepId}” in the questions. Pick one from the list below.</p>
        <WizardProgress planId={planId} current="" committed={plan.wizard.committedSteps} />
      </>
    );
  }
  return (
    <>
      <PageTitle title={`Questions: ${step.title}`}>{step.title}</PageTitle>
      <WizardProgress planId={planId} current={step.id} committed={plan.wizard.committedSteps} />
      {/* Keyed by step: each step starts from the stored answers, drafts stay local until Next. */}
      <StepForm key={`${planId}/${step.id}`} plan={plan} step={step} />
    </>
  );
}
