import { useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../config/paths.ts';
import { planCreated } from '../../store/plan-actions.ts';

export function NewPlanForm() {
  const [name, setName] = useState('');
  const navigate = useNavigate();
  return (
    <form
      className="card"
      onSubmit={(e) => {
        e.preventDefault();
        const id = planCreated(name);
        setName('');
        void navigate(paths.wizardStart.getHref(id));
      }}
    >
      <h2>New plan</h2>
      <label className="field">
        <span className="field-label">Plan name</span>
        <span className="field-hint">Usually the client or organisation, e.g. “Contoso 2027”.</span>
        <input value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
      </label>
      <button type="submit" className="btn btn-primary">
        Create plan
      </button>
    </form>
  );
}
