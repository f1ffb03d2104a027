import { useState } from 'react';
import { blackoutError } from '../../domain/schedule/settings-draft.ts';
import { FieldError } from './settings-field.tsx';

type Entry = { from: string; to: string };

/** Days nothing may start or switch over: holidays, a quarter-end freeze. */
export function BlackoutList(props: {
  value: Entry[];
  error?: string;
  onChange: (entries: Entry[]) => void;
}) {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [error, setError] = useState<string | undefined>();
  const add = () => {
    const why = blackoutError(from, to);
    setError(why);
    if (why) return;
    props.onChange([...props.value, { from, to: to || from }]);
    setFrom('');
    setTo('');
  };
  const shown = error ?? props.error;
  return (
    <fieldset aria-describedby="sch-blackouts-hint">
      <legend>Blackout dates</legend>
      <p className="field-hint" id="sch-blackouts-hint">
        No copy starts and no switch-over on these days. Leave “Blackout to” empty for a single day.
      </p>
      {props.value.length === 0 ? (
        <p className="sch-muted">No blackout dates.</p>
      ) : (
        <ul className="sch-blackouts">
          {props.value.map((b, i) => {
            const text = b.to === b.from || b.to === '' ? b.from : `${b.from} to ${b.to}`;
            return (
              <li key={`${b.from}-${b.to}-${i}`}>
                <span>{text}</span>
                <button
                  type="button"
                  className="btn btn-small"
                  aria-label={`Remove blackout ${text}`}
                  onClick={() => props.onChange(props.value.filter((_, k) => k !== i))}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="sch-inline-fields">
        <label className="sch-inline-field">
          <span className="field-label">Blackout from</span>
          <input
            type="date"
            id="sch-blackouts"
            value={from}
            aria-invalid={shown ? true : undefined}
            aria-describedby={shown ? 'sch-blackouts-error' : undefined}
            onChange={(e) => setFrom(e.target.value)}
          />
        </label>
        <label className="sch-inline-field">
          <span className="field-label">Blackout to</span>
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        <button type="button" className="btn" onClick={add}>
          Add blackout
        </button>
      </div>
      <FieldError id="sch-blackouts-error" error={shown} />
    </fieldset>
  );
}
