import { useState } from 'react';
import { useParams } from 'react-router';
import type { PlanInputs } from '../../domain/plan/plan.ts';
import type { Schedule } from '../../domain/schedule/schedule-types.ts';
import { scheduleSettingsReset, scheduleSettingsSaved } from '../../store/schedule-actions.ts';
import { usePlan } from '../../store/selectors.ts';
import { usePlanDecision } from '../../store/use-plan-decision.ts';
import { usePlanSchedule } from '../../store/use-plan-schedule.ts';
import { PageTitle } from '../../ui/page-title.tsx';
import { ScheduleBatches } from './schedule-batches.tsx';
import { ScheduleConstants } from './schedule-constants.tsx';
import { ScheduleSettingsForm } from './schedule-settings-form.tsx';
import { NoAnswers, NoInventory, ScheduleError, ScheduleRunning } from './schedule-states.tsx';
import { ScheduleSummary } from './schedule-summary.tsx';
import { ScheduleTimeline } from './schedule-timeline.tsx';
import { SplitList } from './split-list.tsx';

export function SchedulePage() {
  const { planId = '' } = useParams();
  const plan = usePlan(planId);
  if (!plan) return null;
  return <PlanSchedule plan={plan} />;
}

function PlanSchedule({ plan }: { plan: PlanInputs }) {
  const decision = usePlanDecision(plan);
  const { inventory, settings, schedule: state } = usePlanSchedule(plan, decision);
  // While an edit recomputes, keep showing the last schedule so the page does not jump.
  const [last, setLast] = useState<Schedule | null>(null);
  if (state.status === 'ready' && state.schedule !== last) setLast(state.schedule);
  const schedule = state.status === 'ready' ? state.schedule : last;

  const title = <PageTitle>Schedule</PageTitle>;
  if (!decision?.ready || !settings)
    return (
      <>
        {title}
        <NoAnswers planId={plan.id} />
      </>
    );
  if (inventory.status === 'loading')
    return (
      <>
        {title}
        <p role="status">Loading the inventory…</p>
      </>
    );
  const mailboxes = inventory.inventory.mailboxes;
  if (mailboxes.length === 0)
    return (
      <>
        {title}
        <NoInventory planId={plan.id} />
      </>
    );

  return (
    <>
      {title}
      <p className="lead">
        Dated batches that keep people who share mailboxes together, with expected copy times and
        the deadline check. Edits and settings are kept with the plan.
      </p>
      {(state.status === 'running' || state.status === 'idle') && (
        <ScheduleRunning progress={state.status === 'running' ? state.progress : null} />
      )}
      {state.status === 'error' && <ScheduleError message={state.message} />}
      {schedule && state.status !== 'error' && (
        <>
          <ScheduleSummary schedule={schedule} />
          <ScheduleBatches
            planId={plan.id}
            schedule={schedule}
            editCount={plan.schedule.edits.length}
            mailboxes={mailboxes}
            cutoverTime={settings.windows.cutoverTime}
          />
          <ScheduleTimeline schedule={schedule} startDate={settings.startDate} />
          <SplitList schedule={schedule} />
        </>
      )}
      <ScheduleSettingsForm
        key={JSON.stringify(settings)}
        settings={settings}
        saved={plan.schedule.settings !== null}
        onSave={(s) => scheduleSettingsSaved(plan.id, s)}
        onReset={() => scheduleSettingsReset(plan.id)}
      />
      {schedule?.constants && <ScheduleConstants constants={schedule.constants} />}
    </>
  );
}
