import { useState } from 'react';
import { METHOD_LABELS, type MigrationMethod } from '../../domain/methods/method-list.ts';
import type { PlanInputs } from '../../domain/plan/plan.ts';
import { methodChosen } from '../../store/profile-actions.ts';

/**
 * Lets the user follow another eligible method. A reason is required when it is not the
 * recommended one, so the plan can explain the deviation later (and in the PDF).
 */
export function MethodChoice(props: {
  plan: PlanInputs;
  recommended: MigrationMethod;
  eligible: MigrationMethod[];
  current: MigrationMethod;
}) {
  const [method, setMethod] = useState<MigrationMethod>(props.current);
  const [reason, setReason] = useState(props.plan.choice?.reason ?? '');
  const [error, setError] = useState<string | null>(null);
  const needsReason = method !== props.recommended;
  const saved = props.plan.choice;
  return (
    <form
      className="card"
      aria-labelledby="choice-heading"
      onSubmit={(e) => {
        e.preventDefault();
        if (needsReason && !reason.trim()) {
          setError('Say why this plan follows another method than the recommended one.');
          return;
        }
        setError(null);
        methodChosen(props.plan.id, method, needsReason ? reason.trim() : '');
      }}
    >
      <h2 id="choice-heading">Method this plan follows</h2>
      <fieldset>
        <legend>Eligible methods</legend>
        {props.eligible.map((m) => (
          <label key={m} className="choice">
            <input
              type="radio"
              name="method"
              value={m}
              checked={method === m}
              onChange={() => setMethod(m)}
            />
            {METHOD_LABELS[m]}
            {m === props.recommended && <span className="badge badge-accent">recommended</span>}
          </label>
        ))}
      </fieldset>
      {needsReason && (
        <label className="field">
          <span className="field-label">Why this method instead of the recommended one?</span>
          <textarea
            rows={3}
            value={reason}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'choice-error' : undefined}
            onChange={(e) => setReason(e.target.value)}
          />
          {error && (
            <span id="choice-error" className="field-error">
              {error}
            </span>
          )}
        </label>
      )}
      <button type="submit" className="btn btn-primary">
        Use this method
      </button>
      {saved && (
        <p role="status" className="field-hint">
          This plan follows {METHOD_LABELS[saved.method]}
          {saved.reason ? ` because: ${saved.reason}` : '.'}
        </p>
      )}
    </form>
  );
}
