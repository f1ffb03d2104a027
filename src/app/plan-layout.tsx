import { NavLink, Outlet, useParams, Link } from 'react-router';
import type { PlanSection, StepState } from '../domain/plan/plan-progress.ts';
import { usePlan } from '../store/selectors.ts';
import { usePlanProgress } from '../store/use-plan-progress.ts';
import { PageTitle } from '../ui/page-title.tsx';
import { SampleBanner } from '../ui/sample-banner.tsx';
import { ReconciliationNotice } from '../ui/reconciliation-notice.tsx';
import { useReconciliation } from '../store/use-reconciliation.ts';
import { inventoryFiguresAdopted, inventoryFiguresDeclined } from '../store/profile-actions.ts';
import { sampleKind } from '../domain/plan/sample-data.ts';
import { paths } from '../config/paths.ts';

const SECTIONS: { id: PlanSection; label: string; href: (planId: string) => string }[] = [
  { id: 'wizard', label: 'Questions', href: (id) => paths.wizardStart.getHref(id) },
  { id: 'recommendation', label: 'Recommendation', href: (id) => paths.recommendation.getHref(id) },
  { id: 'inventory', label: 'Inventory', href: (id) => paths.inventory.getHref(id) },
  { id: 'schedule', label: 'Schedule', href: (id) => paths.schedule.getHref(id) },
  { id: 'impact', label: 'Impact and runbook', href: (id) => paths.impact.getHref(id) },
  { id: 'export', label: 'Export', href: (id) => paths.export.getHref(id) },
];

const STATE_LABEL: Record<StepState, string> = {
  'not-started': 'Not started',
  done: 'Done',
  attention: 'Needs attention',
};

/** What a step's mark means, for a pointer hovering it (screen readers get STATE_LABEL). */
const STATE_HINT: Record<PlanSection, Record<StepState, string>> = {
  wizard: {
    'not-started': 'Not started',
    done: 'All questions answered',
    attention: 'Some answers are missing or invalid',
  },
  recommendation: {
    'not-started': 'Answer the questions first',
    done: 'Method chosen',
    attention: 'Choose the method this plan follows (“Use this method”)',
  },
  inventory: {
    'not-started': 'No mailbox inventory imported',
    done: 'Inventory imported',
    attention: 'The last import had errors',
  },
  schedule: {
    'not-started': 'Needs the answers and an inventory',
    done: 'Settings saved',
    attention: 'Review the settings drawn from your answers and save them',
  },
  impact: {
    'not-started': 'No runbook step ticked yet',
    done: 'Every runbook step ticked',
    attention: 'Runbook in progress',
  },
  export: { 'not-started': 'Nothing exported yet', done: 'Exported', attention: 'Export again' },
};

/** A plan's frame: its name and the left navigation of its steps with their state. */
export function PlanLayout() {
  const { planId = '' } = useParams();
  const plan = usePlan(planId);
  const progress = usePlanProgress(plan);
  const reconciliation = useReconciliation(plan);
  if (!plan || !progress) {
    return (
      <main id="main" className="page">
        <PageTitle>Plan not found</PageTitle>
        <p>This browser has no plan with this address. It may have been deleted.</p>
        <p>
          <Link to={paths.home.getHref()}>Go to your plans</Link>
        </p>
      </main>
    );
  }
  const sample = sampleKind(plan);
  return (
    <div className="plan-frame">
      <nav className="plan-nav" aria-label="Plan steps">
        <p className="plan-nav-kicker">Plan</p>
        <p className="plan-nav-name">{plan.name}</p>
        <ol>
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <NavLink to={s.href(plan.id)} className="plan-nav-link">
                <span
                  className={`state-dot state-${progress[s.id]}`}
                  aria-hidden="true"
                  title={STATE_HINT[s.id][progress[s.id]]}
                />
                <span className="plan-nav-label">{s.label}</span>
                <span className="visually-hidden">, {STATE_LABEL[progress[s.id]]}</span>
              </NavLink>
            </li>
          ))}
        </ol>
        <Link className="plan-nav-back" to={paths.home.getHref()}>
          All plans
        </Link>
      </nav>
      <main id="main" className="page plan-page">
        <SampleBanner
          kind={sample}
          action={
            sample === 'plan' ? (
              <Link to={paths.home.getHref()}>Start a plan of your own</Link>
            ) : (
              <Link to={paths.inventory.getHref(plan.id)}>Import your own exports</Link>
            )
          }
        />
        {reconciliation && (
          <ReconciliationNotice
            sentences={reconciliation.sentences}
            kept={reconciliation.kept}
            onAdopt={() => inventoryFiguresAdopted(plan.id)}
            onKeep={() => inventoryFiguresDeclined(plan.id)}
          />
        )}
        <Outlet />
      </main>
    </div>
  );
}
