import { Link, useParams } from 'react-router';
import { paths } from '../../config/paths.ts';
import { usePlan } from '../../store/selectors.ts';
import { usePlanDecision } from '../../store/use-plan-decision.ts';
import { usePlanSchedule } from '../../store/use-plan-schedule.ts';
import type { PlanInputs } from '../../domain/plan/plan.ts';
import type { PlanDecision } from '../../domain/plan/plan-decision.ts';
import { PageTitle } from '../../ui/page-title.tsx';
import { CoverDetails } from './cover-details.tsx';
import { MigrationFiles } from './migration-files.tsx';
import { PdfExport } from './pdf-export.tsx';
import { PlanFileDownload } from './plan-file-download.tsx';

export function ExportPage() {
  const { planId = '' } = useParams();
  const plan = usePlan(planId);
  const decision = usePlanDecision(plan);
  if (!plan || !decision) return null;
  return (
    <>
      <PageTitle>Export</PageTitle>
      <p className="notice">
        Passwords are never stored or exported: the Password columns of migration files are left
        empty for you to fill in, or to leave to Microsoft’s own password handling.
      </p>
      <CoverDetails plan={plan} />
      {decision.ready ? (
        <ReadyExports plan={plan} decision={decision} />
      ) : (
        <section className="card" aria-labelledby="exp-pdf-heading">
          <h2 id="exp-pdf-heading">Client-ready PDF</h2>
          <p className="notice notice-warn">
            The PDF and the migration files need a method, and the method needs every question
            answered ({decision.problems.length} still open or invalid).
          </p>
          <Link className="btn" to={paths.wizardStart.getHref(plan.id)}>
            Continue the questions
          </Link>
        </section>
      )}
      <PlanFileDownload plan={plan} />
    </>
  );
}

function ReadyExports({
  plan,
  decision,
}: {
  plan: PlanInputs;
  decision: Extract<PlanDecision, { ready: true }>;
}) {
  const { inventory, schedule } = usePlanSchedule(plan, decision);
  if (inventory.status === 'loading') {
    return <p className="notice">Loading the inventory…</p>;
  }
  const rows = inventory.inventory;
  let blockedBy: string | null = null;
  let missing: string | null = null;
  if (rows.mailboxes.length === 0) {
    missing =
      'No mailbox inventory is imported yet: the PDF will have the recommendation, user impact, runbook and rollback, but no batches, dates, communications calendar or mailbox appendix, and there are no migration files.';
  } else if (schedule.status === 'running') {
    const p = schedule.progress;
    blockedBy = `The schedule is being computed${p ? ` (${p.phase}, ${p.done} of ${p.total})` : ''}; the PDF can be made once it is ready.`;
  } else if (schedule.status === 'error') {
    missing = `The schedule could not be computed (${schedule.message}): the PDF will have no batches or dates.`;
  }
  const ready = schedule.status === 'ready' ? schedule.schedule : null;
  return (
    <>
      {missing && (
        <p className="notice notice-warn">
          {missing}{' '}
          {rows.mailboxes.length === 0 && (
            <Link to={paths.inventory.getHref(plan.id)}>Import an inventory</Link>
          )}
        </p>
      )}
      <PdfExport
        plan={plan}
        decision={decision}
        inventory={rows}
        schedule={ready}
        blockedBy={blockedBy}
      />
      {ready ? (
        <MigrationFiles plan={plan} decision={decision} schedule={ready} />
      ) : (
        <section className="card" aria-labelledby="exp-files-heading">
          <h2 id="exp-files-heading">Files for Microsoft’s tools</h2>
          <p>
            The batch files and the PowerShell script follow the schedule:{' '}
            {rows.mailboxes.length === 0
              ? 'import a mailbox inventory first.'
              : 'they appear once the schedule is ready.'}
          </p>
        </section>
      )}
    </>
  );
}
