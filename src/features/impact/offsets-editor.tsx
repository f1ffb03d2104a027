import { useId, useState } from 'react';
import { DEFAULT_COMM_OFFSETS } from '../../domain/impact/comm-offsets.ts';
import { offsetLabel } from './labels.ts';
import { parseOffset } from './parse-offset.ts';

function describe(days: number): string {
  if (days === 0) return 'on the switch-over day';
  const n = Math.abs(days);
  return `${n} ${n === 1 ? 'day' : 'days'} ${days < 0 ? 'before' : 'after'}`;
}

/** The days, relative to each batch's switch-over, on which notices go out. */
export function OffsetsEditor(props: {
  offsets: readonly number[];
  onChange: (offsets: number[]) => void;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const sorted = props.offsets.toSorted((a, b) => a - b);
  const isDefault =
    sorted.length === DEFAULT_COMM_OFFSETS.length &&
    sorted.every((d, i) => d === DEFAULT_COMM_OFFSETS[i]);

  return (
    <div className="imp-offsets">
      <h3 id={`${id}-heading`}>Notice days</h3>
      {sorted.length === 0 ? (
        <p className="empty">No notice days: add one below.</p>
      ) : (
        <ul className="imp-offset-list" aria-labelledby={`${id}-heading`}>
          {sorted.map((d) => (
            <li key={d} className="imp-offset">
              <span>
                <strong>{offsetLabel(d)}</strong> ({describe(d)})
              </span>
              <button
                type="button"
                className="btn btn-small"
                aria-label={`Remove ${offsetLabel(d)}`}
                onClick={() => props.onChange(sorted.filter((x) => x !== d))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="imp-inline"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const r = parseOffset(text, sorted);
          if (!r.ok) {
            setError(r.problems[0]?.message ?? 'Not a valid day.');
            return;
          }
          setError(null);
          setText('');
          props.onChange([...sorted, r.value].toSorted((a, b) => a - b));
        }}
      >
        <label className="field">
          <span className="field-label">Add a notice day</span>
          <input
            type="text"
            inputMode="numeric"
            size={6}
            value={text}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
            onChange={(e) => setText(e.target.value)}
          />
          <span id={`${id}-hint`} className="field-hint">
            Whole days from the switch-over: -14 is two weeks before, 0 the day itself, 1 the day
            after.
          </span>
          {error && (
            <span id={`${id}-error`} className="field-error">
              {error}
            </span>
          )}
        </label>
        <button type="submit" className="btn">
          Add day
        </button>
        {!isDefault && (
          <button
            type="button"
            className="btn btn-small"
            onClick={() => {
              setError(null);
              props.onChange([...DEFAULT_COMM_OFFSETS]);
            }}
          >
            Reset to T-14, T-7, T-2, T-0, T+1
          </button>
        )}
      </form>
    </div>
  );
}
