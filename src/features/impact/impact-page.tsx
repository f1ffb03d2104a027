import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { paths } from '../../config/paths.ts';
import { runbook } from '../../domain/impact/runbook.ts';
import { METHOD_LABELS } from '../../domain/methods/method-list.ts';
import type { PlanDecision } from '../../domain/plan/plan-decision.ts';
import type { PlanInputs } from '../../domain/plan/plan.ts';
import { commOffsetsChanged, runbookItemToggled } from '../../store/impact-actions.ts';
import { usePlan } from '../../store/selectors.ts';
import { usePlanDecision } from '../../store/use-plan-decision.ts';
import { usePlanSchedule } from '../../store/use-plan-schedule.ts';
import { PageTitle } from '../../ui/page-title.tsx';
import { CommsCalendar } from './comms-calendar.tsx';
import { FaqSection } from './faq-section.tsx';
import { ImpactNotesSection } from './impact-notes-section.tsx';
import { MyTimeline } from './my-timeline.tsx';
import { greetingName } from './person-name.ts';
import { RollbackTable } from './rollback-table.tsx';
import { RunbookChecklist } from './runbook-checklist.tsx';
import { scheduleWaitMessage } from './schedule-wait-message.ts';

export function ImpactPage() {
  const { planId = '' } = useParams();
  const plan = usePlan(planId);
  const decision = usePlanDecision(plan);
  if (!plan || !decision) return null;
  if (!decision.ready) {
    return (
      <>
        <PageTitle>Impact and runbook</PageTitle>
        <p>
          What people will see, the communications and the runbook depend on the migration method,
          which needs every question answered.
        </p>
        <Link className="btn btn-primary" to={paths.wizardStart.getHref(plan.id)}>
          Continue the questions
        </Link>
      </>
    );
  }
  return <ImpactContent plan={plan} decision={decision} />;
}

function ImpactContent(props: {
  plan: PlanInputs;
  decision: Extract<PlanDecision, { ready: true }>;
}) {
  const { plan, decision } = props;
  const { method } = decision;
  const view = usePlanSchedule(plan, decision);
  const schedule = view.schedule.status === 'ready' ? view.schedule.schedule : null;
  const mailboxes = view.inventory.status === 'ready' ? view.inventory.inventory.mailboxes : null;
  const people = useMemo(
    () =>
      (mailboxes ?? []).map((m) => ({
        email: m.email,
        name: greetingName(m.displayName, m.email),
      })),
    [mailboxes],
  );
  const names = useMemo(() => new Map(people.map((p) => [p.email, p.name])), [people]);
  const pending = scheduleWaitMessage(view.inventory, view.schedule);

  return (
    <>
      <PageTitle>Impact and runbook</PageTitle>
      <p className="lead">
        For <strong>{METHOD_LABELS[method]}</strong>, the method this plan follows.{' '}
        <Link to={paths.recommendation.getHref(plan.id)}>Change the method</Link>
      </p>
      <nav aria-label="On this page" className="imp-toc">
        <ul>
          <li>
            <a href="#imp-notes-heading">User impact</a>
          </li>
          {schedule && (
            <li>
              <a href="#imp-me-heading">What happens to me</a>
            </li>
          )}
          <li>
            <a href="#imp-comms-heading">Communications</a>
          </li>
          <li>
            <a href="#imp-faq-heading">Helpdesk FAQ</a>
          </li>
          <li>
            <a href="#imp-runbook-heading">Runbook</a>
          </li>
          <li>
            <a href="#imp-rollback-heading">Rollback plan</a>
          </li>
        </ul>
      </nav>
      <ImpactNotesSection method={method} schedule={schedule} pending={pending} />
      {schedule && <MyTimeline method={method} schedule={schedule} people={people} />}
      {schedule ? (
        <CommsCalendar
          planId={plan.id}
          planName={plan.name}
          method={method}
          schedule={schedule}
          offsets={plan.impact.commOffsets}
          onOffsetsChange={(o) => commOffsetsChanged(plan.id, o)}
          nameOf={(email) => names.get(email) ?? email}
        />
      ) : (
        <section aria-labelledby="imp-comms-heading" className="imp-section">
          <h2 id="imp-comms-heading">Communications calendar</h2>
          <p className="empty">{pending}</p>
        </section>
      )}
      <FaqSection method={method} />
      <RunbookChecklist
        phases={runbook(method)}
        ticked={plan.impact.ticked}
        onToggle={(id, done) => runbookItemToggled(plan.id, id, done)}
      />
      <RollbackTable method={method} />
    </>
  );
}
