import { useId } from 'react';
import type { Question } from '../../domain/profile/wizard-steps.ts';

type Props = {
  question: Question;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
};

/** One wizard question: label, one-line hint and the error, all tied to the input for assistive tech. */
export function QuestionField({ question: q, value, error, onChange }: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = error ? `${hintId} ${errorId}` : hintId;
  const optional = q.optional ? <span className="optional"> (optional)</span> : null;

  if (q.kind === 'yes-no' || (q.kind === 'choice' && (q.options?.length ?? 0) <= 4)) {
    return (
      <fieldset
        aria-describedby={describedBy}
        className="field-group"
        data-invalid={error ? true : undefined}
      >
        <legend>
          {q.label}
          {optional}
        </legend>
        <p id={hintId} className="field-hint">
          {q.hint}
        </p>
        {q.options?.map((o) => (
          <label key={o.value} className="choice">
            <input
              type="radio"
              name={q.path}
              value={o.value}
              checked={value === o.value}
              data-invalid={error ? true : undefined}
              onChange={() => onChange(o.value)}
            />
            {o.label}
          </label>
        ))}
        {error && (
          <p id={errorId} className="field-error">
            {error}
          </p>
        )}
      </fieldset>
    );
  }

  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {q.label}
        {optional}
      </label>
      <p id={hintId} className="field-hint">
        {q.hint}
      </p>
      {q.kind === 'choice' ? (
        <select
          id={id}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(e) => onChange(e.target.value)}
        >
          <option value="">Choose…</option>
          {q.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <span className="input-with-unit">
          <input
            id={id}
            value={value}
            inputMode={q.kind === 'number' ? 'decimal' : undefined}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
            onChange={(e) => onChange(e.target.value)}
          />
          {q.unit && <span className="unit">{q.unit}</span>}
        </span>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
