import { Navigate, useParams } from 'react-router';
import { paths } from '../config/paths.ts';
import { resumeSection, type PlanSection } from '../domain/plan/plan-progress.ts';
import { usePlan } from '../store/selectors.ts';
import { usePlanProgress } from '../store/use-plan-progress.ts';

const HREF: Record<PlanSection, (planId: string) => string> = {
  wizard: paths.wizardStart.getHref,
  recommendation: paths.recommendation.getHref,
  inventory: paths.inventory.getHref,
  schedule: paths.schedule.getHref,
  impact: paths.impact.getHref,
  export: paths.export.getHref,
};

/** /plans/:id opens a plan where its work stands, not on its first question. */
export function PlanResume() {
  const { planId = '' } = useParams();
  const plan = usePlan(planId);
  const progress = usePlanProgress(plan);
  const section = progress ? resumeSection(progress) : 'wizard';
  return <Navigate replace to={HREF[section](planId)} />;
}
