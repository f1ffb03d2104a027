import { Navigate, useParams } from 'react-router';
import { paths } from '../../config/paths.ts';
import { resumeStepId } from '../../domain/profile/wizard-steps.ts';
import { usePlan } from '../../store/selectors.ts';

/** /plans/:id/wizard resumes a half-answered wizard at its first open step. */
export function WizardStart() {
  const { planId = '' } = useParams();
  const plan = usePlan(planId);
  const step = resumeStepId(plan?.wizard.committedSteps ?? []);
  return <Navigate replace to={paths.wizard.getHref(planId, step)} />;
}
