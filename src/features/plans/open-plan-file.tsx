import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../config/paths.ts';
import { parsePlanFile } from '../../domain/plan/plan-file.ts';
import { planFileOpened } from '../../store/plan-actions.ts';

/** Opens a plan file someone shared; a file that is not a plan is refused and nothing changes. */
export function OpenPlanFile() {
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const navigate = useNavigate();

  async function open(file: File) {
    setError(null);
    const parsed = parsePlanFile(await file.text());
    if (!parsed.ok) {
      setError(`${file.name}: ${parsed.problems.map((p) => p.message).join(' ')}`);
      return;
    }
    const id = await planFileOpened(parsed.value);
    void navigate(paths.recommendation.getHref(id));
  }

  return (
    <div className="card">
      <h2>Open a plan file</h2>
      <p className="field-hint">A plan exported from this app on another machine (.json).</p>
      <label htmlFor={inputId} className="field-label">
        Plan file
      </label>
      <input
        id={inputId}
        type="file"
        accept=".json,application/json"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void open(file);
        }}
      />
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </div>
  );
}
