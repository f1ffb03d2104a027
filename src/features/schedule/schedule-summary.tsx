import { dayNumber } from '../../domain/calendar.ts';
import { METHOD_LABELS } from '../../domain/methods/method-list.ts';
import type { Schedule } from '../../domain/schedule/schedule-types.ts';
import { bindingLabel } from '../../domain/schedule/binding-label.ts';
import { mailboxCount } from '../../domain/schedule/schedule-view.ts';
import { formatCount, formatDay } from './schedule-format.ts';
import { SourceLink } from './source-link.tsx';

/** The answer first: how long, does it meet the deadline, and if not what binds. */
export function ScheduleSummary({ schedule }: { schedule: Schedule }) {
  const mailboxes = mailboxCount(schedule);
  const notices = schedule.notices ?? [];
  return (
    <section className="card sch-summary" aria-labelledby="sch-summary-heading">
      <h2 id="sch-summary-heading">Summary</h2>
      <dl className="sch-facts">
        <div>
          <dt>Method</dt>
          <dd>{METHOD_LABELS[schedule.method]}</dd>
        </div>
        <div>
          <dt>Batches</dt>
          <dd>{formatCount(schedule.batches.length)}</dd>
        </div>
        <div>
          <dt>Mailboxes</dt>
          <dd>{formatCount(mailboxes)}</dd>
        </div>
        <div>
          <dt>Last switch-over</dt>
          <dd>{formatDay(schedule.endDate)}</dd>
        </div>
        <div>
          <dt>Deadline</dt>
          <dd>{schedule.deadline ? formatDay(schedule.deadline) : 'None set'}</dd>
        </div>
      </dl>
      {schedule.deadline &&
        (schedule.meetsDeadline ? (
          <p className="notice notice-ok">The plan meets the deadline.</p>
        ) : (
          <p className="notice notice-error">
            <strong>
              The plan misses the deadline by{' '}
              {dayNumber(schedule.endDate) - dayNumber(schedule.deadline)} days.
            </strong>{' '}
            What holds it back, and what would fix it, is listed below.
          </p>
        ))}
      {schedule.binding.length > 0 && (
        <>
          <h3>Limits that bind</h3>
          <ul className="sch-binding">
            {schedule.binding.map((b) => (
              <li key={`${b.limit}-${b.fix}`}>
                <strong>{bindingLabel(b.limit)}</strong> {b.explanation}{' '}
                <span className="sch-fix">Fix: {b.fix}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {notices.length > 0 && (
        <>
          <h3>Notices</h3>
          <ul className="reasons">
            {notices.map((n, i) => (
              <li key={`${n.code}-${i}`}>
                {n.message} {n.factId && <SourceLink factId={n.factId} />}
              </li>
            ))}
          </ul>
        </>
      )}
      {schedule.flags.length > 0 && (
        <>
          <h3>Mailboxes to look at ({formatCount(schedule.flags.length)})</h3>
          <ul className="reasons sch-flags">
            {schedule.flags.map((f) => (
              <li key={`${f.email}-${f.factId}`}>
                <span className="sch-email">{f.email}</span>: {f.reason}{' '}
                <SourceLink factId={f.factId} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
