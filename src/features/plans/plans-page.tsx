import { PageTitle } from '../../ui/page-title.tsx';
import { usePlanList } from '../../store/selectors.ts';
import { NewPlanForm } from './new-plan-form.tsx';
import { OpenPlanFile } from './open-plan-file.tsx';
import { PlanList } from './plan-list.tsx';
import { TrySamplePlan } from './try-sample-plan.tsx';

export function PlansPage() {
  const plans = usePlanList();
  return (
    <main id="main" className="page">
      <PageTitle>Your migration plans</PageTitle>
      <p className="lead">
        Plan a move of mail, calendars and contacts into Exchange Online: answer questions about the
        organisation, get a recommended method with its reasons, import the mailbox inventory, and
        get batches, user-impact notes, communications and a runbook. Keep one plan per client.
      </p>
      <div className="card-row">
        <NewPlanForm />
        <OpenPlanFile />
        <TrySamplePlan />
      </div>
      <PlanList plans={plans} />
    </main>
  );
}
