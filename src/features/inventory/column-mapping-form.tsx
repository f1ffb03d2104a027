import { useId, useRef, useState, type FormEvent } from 'react';
import {
  REQUIRED_FIELDS,
  type ColumnMapping,
  type MailboxField,
} from '../../domain/inventory/column-mapping.ts';

export const FIELD_LABELS: Record<MailboxField, string> = {
  email: 'E-mail address',
  displayName: 'Display name',
  type: 'Recipient type',
  sizeBytes: 'Mailbox size',
  itemCount: 'Item count',
  archiveSizeBytes: 'Archive size',
  department: 'Department',
  office: 'Office',
  database: 'Database',
};
const FIELDS = Object.keys(FIELD_LABELS) as MailboxField[];

/**
 * The plan's hand-made choices after this form: the previous ones, plus every field whose
 * column now differs from the one used. Fields left as recognised stay automatic, so a
 * later export with other headers is still recognised.
 */
export function nextOverride(
  previous: ColumnMapping,
  used: ColumnMapping,
  choices: ColumnMapping,
): ColumnMapping {
  const next: ColumnMapping = { ...previous };
  for (const f of FIELDS) {
    const chosen = choices[f] ?? '';
    if (chosen !== (used[f] ?? '')) next[f] = chosen;
  }
  return next;
}

function how(field: MailboxField, used: ColumnMapping, override: ColumnMapping): string {
  const chosen = override[field];
  if (chosen === '') return 'Left out by hand';
  if (chosen !== undefined && used[field] === chosen) return 'Chosen by hand';
  if (used[field] !== undefined) return 'Recognised';
  return REQUIRED_FIELDS.includes(field) ? 'Not found: required' : 'Not found';
}

/**
 * Which column of the file feeds each field, recognised or chosen by hand. Applying it
 * remembers the choices for this plan and reads the file again with them.
 */
export function ColumnMappingForm(props: {
  columns: readonly string[];
  /** The mapping the last read of the file used. */
  used: ColumnMapping;
  /** The plan's remembered hand-made choices. */
  override: ColumnMapping;
  /** Whether the file is still at hand to read again; if not, choices are saved for the next import. */
  canReread: boolean;
  busy: boolean;
  onApply: (override: ColumnMapping) => void;
  onReset: () => void;
}) {
  const [choices, setChoices] = useState<ColumnMapping>(() => ({ ...props.used }));
  const [error, setError] = useState<string | null>(null);
  const emailRef = useRef<HTMLSelectElement>(null);
  const baseId = useId();
  const errorId = `${baseId}-error`;
  const hasOverride = Object.keys(props.override).length > 0;

  function submit(e: FormEvent) {
    e.preventDefault();
    if ((choices.email ?? '') === '') {
      setError(
        'Choose the column that holds the e-mail address: without it no row can be imported.',
      );
      emailRef.current?.focus();
      return;
    }
    setError(null);
    props.onApply(nextOverride(props.override, props.used, choices));
  }

  return (
    <form onSubmit={submit} noValidate className="inv-mapping" aria-label="Columns">
      <table className="table inv-mapping-table">
        <caption className="visually-hidden">Column of the file for each field</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Column in the file</th>
            <th scope="col">How</th>
          </tr>
        </thead>
        <tbody>
          {FIELDS.map((field) => {
            const id = `${baseId}-${field}`;
            const invalid = field === 'email' && error !== null;
            return (
              <tr key={field}>
                <th scope="row">
                  <label htmlFor={id}>
                    {FIELD_LABELS[field]}
                    {REQUIRED_FIELDS.includes(field) && (
                      <span className="optional"> (required)</span>
                    )}
                  </label>
                </th>
                <td>
                  <select
                    id={id}
                    ref={field === 'email' ? emailRef : undefined}
                    value={choices[field] ?? ''}
                    aria-invalid={invalid || undefined}
                    aria-describedby={invalid ? errorId : undefined}
                    onChange={(e) => setChoices((c) => ({ ...c, [field]: e.target.value }))}
                  >
                    <option value="">(none)</option>
                    {props.columns.map((c) => (
                      <option key={c} value={c}>
                        {c}
                      </option>
                    ))}
                  </select>
                </td>
                <td>{how(field, props.used, props.override)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
      {!props.canReread && (
        <p className="field-hint">
          The file is no longer at hand after a reload: the columns are remembered for this plan,
          then choose the file again above to import it with them.
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="btn btn-primary" disabled={props.busy}>
          {props.canReread ? 'Read the file again with these columns' : 'Remember these columns'}
        </button>
        {hasOverride && (
          <button type="button" className="btn" disabled={props.busy} onClick={props.onReset}>
            Forget hand-made choices
          </button>
        )}
      </div>
    </form>
  );
}
