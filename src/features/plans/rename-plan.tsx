import { useState } from 'react';
import type { PlanListItem } from '../../store/selectors.ts';
import { planRenamed } from '../../store/plan-actions.ts';

export function RenamePlan({ plan, onDone }: { plan: PlanListItem; onDone: () => void }) {
  const [name, setName] = useState(plan.name);
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        planRenamed(plan.id, name);
        onDone();
      }}
    >
      <label className="visually-hidden" htmlFor={`rename-${plan.id}`}>
        New name for {plan.name}
      </label>
      <input
        id={`rename-${plan.id}`}
        value={name}
        // The user just asked to rename this plan: put the caret where they will type.
        // oxlint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onDone();
        }}
      />
      <button type="submit" className="btn btn-small btn-primary" disabled={!name.trim()}>
        Save
      </button>
      <button type="button" className="btn btn-small" onClick={onDone}>
        Cancel
      </button>
    </form>
  );
}
