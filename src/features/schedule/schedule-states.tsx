import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import type { ScheduleProgress } from '../../domain/schedule/schedule-types.ts';

const PHASES: Record<string, string> = {
  index: 'Indexing mailboxes',
  links: 'Linking people by permissions',
  groups: 'Grouping people who work together',
  batches: 'Filling batches',
  dates: 'Dating batches',
  checks: 'Checking limits and the deadline',
  done: 'Finishing',
};

export function NoAnswers({ planId }: { planId: string }) {
  return (
    <section className="card" aria-labelledby="sch-missing-heading">
      <h2 id="sch-missing-heading">The questions come first</h2>
      <p>
        The schedule depends on the migration method, the deadline, the bandwidth and the
        switch-over window, which come from your answers.
      </p>
      <Link className="btn btn-primary" to={paths.wizardStart.getHref(planId)}>
        Continue the questions
      </Link>
    </section>
  );
}

export function NoInventory({ planId }: { planId: string }) {
  return (
    <section className="card" aria-labelledby="sch-missing-heading">
      <h2 id="sch-missing-heading">Import the inventory first</h2>
      <p>Batches are made from your mailboxes. The schedule needs:</p>
      <ul>
        <li>
          the mailbox list with sizes (a <code>Get-Mailbox</code> /{' '}
          <code>Get-MailboxStatistics</code> export), to fill and date the batches;
        </li>
        <li>
          optionally the permissions export (delegates, Send As, Full Access), so people who work in
          each other's mailboxes move together.
        </li>
      </ul>
      <Link className="btn btn-primary" to={paths.inventory.getHref(planId)}>
        Go to the inventory
      </Link>
    </section>
  );
}

/** Progress of the scheduling worker; a live region so the phases are announced. */
export function ScheduleRunning({ progress }: { progress: ScheduleProgress | null }) {
  const phase = progress ? (PHASES[progress.phase] ?? progress.phase) : 'Starting';
  const label = progress ? `${phase} (step ${progress.done + 1} of ${progress.total})` : phase;
  return (
    <div className="sch-running" role="status">
      <label htmlFor="sch-progress">Scheduling: {label}…</label>
      {progress ? (
        <progress id="sch-progress" value={progress.done} max={progress.total} />
      ) : (
        <progress id="sch-progress" />
      )}
    </div>
  );
}

export function ScheduleError({ message }: { message: string }) {
  return (
    <div className="notice notice-error" role="alert">
      <p>
        <strong>The schedule could not be computed.</strong> {message}
      </p>
      <p>Check the settings below; a start date or time zone the scheduler cannot read stops it.</p>
    </div>
  );
}
