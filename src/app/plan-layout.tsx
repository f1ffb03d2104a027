import { NavLink, Outlet, useParams, Link, useLocation } from 'react-router';
import type { PlanProgress, PlanSection, StepState } from '../domain/plan/plan-progress.ts';
import type { PlanInputs } from '../domain/plan/plan.ts';
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
  'in-progress': 'In progress',
  attention: 'Needs attention',
  done: 'Done',
};

/** The section a URL belongs to: its first segment after the plan id. */
function sectionOf(pathname: string, planId: string): PlanSection | null {
  const rest = pathname.split(`/plans/${encodeURIComponent(planId)}/`)[1] ?? '';
  const segment = rest.split('/')[0];
  return SECTIONS.find((s) => s.id === segment)?.id ?? null;
}

/** The left navigation: each step with its state, and the reason in its accessible name. */
function PlanNav({ plan, progress }: { plan: PlanInputs; progress: PlanProgress }) {
  return (
    <nav className="plan-nav" aria-label="Plan steps">
      <p className="plan-nav-kicker">Plan</p>
      <p className="plan-nav-name">{plan.name}</p>
      <ol>
        {SECTIONS.map((s) => {
          const { state, reason } = progress[s.id];
          return (
            <li key={s.id}>
              <NavLink to={s.href(plan.id)} className="plan-nav-link" title={reason}>
                <span className={`state-dot state-${state}`} aria-hidden="true" />
                <span className="plan-nav-label">{s.label}</span>
                <span className="visually-hidden">
                  , {STATE_LABEL[state]}: {reason}
                </span>
              </NavLink>
            </li>
          );
        })}
      </ol>
      <Link className="plan-nav-back" to={paths.home.getHref()}>
        All plans
      </Link>
    </nav>
  );
}

/** A plan's frame: its name and the left navigation of its steps with their state. */
export function PlanLayout() {
  const { planId = '' } = useParams();
  const plan = usePlan(planId);
  const progress = usePlanProgress(plan);
  const reconciliation = useReconciliation(plan);
  const { pathname } = useLocation();
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
  const current = sectionOf(pathname, plan.id);
  const here = current ? progress[current] : null;
  return (
    <div className="plan-frame">
      <PlanNav plan={plan} progress={progress} />
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
        {here && here.state !== 'done' && (
          <p className={`section-status section-status-${here.state}`}>
            <strong>{STATE_LABEL[here.state]}:</strong> {here.reason}.
          </p>
        )}
        <Outlet />
      </main>
    </div>
  );
}
