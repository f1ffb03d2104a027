import { useId, useMemo, useState } from 'react';
import { whatHappensToMe, type UserTimeline } from '../../domain/impact/user-timeline.ts';
import type { MigrationMethod } from '../../domain/methods/method-list.ts';
import type { Result } from '../../domain/result.ts';
import type { Schedule } from '../../domain/schedule/schedule-types.ts';
import { FactLinks } from './fact-links.tsx';
import { NoteCard } from './note-card.tsx';
import { peopleIndex, suggestPeople, type Person } from './people-search.ts';

/** "What happens to me and when": one person's batch, dates and steps, looked up by address. */
export function MyTimeline(props: {
  method: MigrationMethod;
  schedule: Schedule;
  people: readonly Person[];
}) {
  const [email, setEmail] = useState('');
  const [result, setResult] = useState<Result<UserTimeline> | null>(null);
  const id = useId();
  const names = useMemo(() => new Map(props.people.map((p) => [p.email, p.name])), [props.people]);
  const index = useMemo(() => peopleIndex(props.people), [props.people]);
  const suggestions = useMemo(() => suggestPeople(index, email), [index, email]);
  const problem = result && !result.ok ? (result.problems[0]?.message ?? 'Not found.') : null;

  return (
    <section aria-labelledby="imp-me-heading" className="imp-section">
      <h2 id="imp-me-heading">What happens to me</h2>
      <form
        className="imp-inline"
        onSubmit={(e) => {
          e.preventDefault();
          setResult(
            email.trim() === ''
              ? { ok: false, problems: [{ path: 'email', message: 'Enter an email address.' }] }
              : whatHappensToMe(email, props.method, props.schedule),
          );
        }}
      >
        <label className="field">
          <span className="field-label">Email address</span>
          <input
            type="text"
            inputMode="email"
            autoComplete="off"
            spellCheck={false}
            list={`${id}-people`}
            value={email}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-error` : `${id}-hint`}
            onChange={(e) => setEmail(e.target.value)}
          />
          <span id={`${id}-hint`} className="field-hint">
            Any mailbox of the inventory, as a helpdesk would look it up: type two letters of the
            address or name for suggestions.
          </span>
          {problem && (
            <span id={`${id}-error`} className="field-error" role="alert">
              {problem}
            </span>
          )}
        </label>
        <datalist id={`${id}-people`}>
          {suggestions.map((p) => (
            <option key={p.email} value={p.email}>
              {p.name}
            </option>
          ))}
        </datalist>
        <button type="submit" className="btn btn-primary">
          Show the timeline
        </button>
      </form>
      {result?.ok && <TimelineView timeline={result.value} name={names.get(result.value.email)} />}
    </section>
  );
}

function TimelineView({ timeline: t, name }: { timeline: UserTimeline; name?: string }) {
  return (
    <div className="card imp-timeline" aria-live="polite">
      <h3>
        {name ? `${name} (${t.email})` : t.email}: {t.batch.name}
        {t.batch.isPilot && <span className="badge badge-accent">pilot</span>}
      </h3>
      <dl className="imp-dates">
        <dt>Copy starts</dt>
        <dd>{t.dates.start}</dd>
        <dt>Copy done (most / slowest)</dt>
        <dd>
          {t.dates.syncDoneP50} / {t.dates.syncDoneP90}
        </dd>
        <dt>Switch-over</dt>
        <dd>{t.dates.cutover}</dd>
      </dl>
      <h4>Steps</h4>
      <ol className="imp-steps">
        {t.steps.map((s) => (
          <li key={s.id}>
            <strong>
              <time dateTime={s.date}>{s.date}</time>: {s.title}
            </strong>
            <p className="imp-text">{s.text}</p>
            <FactLinks ids={s.factIds} />
          </li>
        ))}
      </ol>
      <h4>Access to mail</h4>
      <NoteCard
        note={{ id: 'window', audience: 'all-users', ...t.accessWindow }}
        headingLevel={5}
      />
      {t.notes.length > 0 && <h4>Good to know</h4>}
      {t.notes.map((n) => (
        <NoteCard key={n.id} note={n} headingLevel={5} />
      ))}
    </div>
  );
}
