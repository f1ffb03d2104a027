import { useId, useRef, useState, type FormEvent, type Ref } from 'react';
import {
  REQUIRED_FIELDS,
  type ColumnMapping,
  type MailboxField,
} from '../../domain/inventory/column-mapping.ts';
import { fieldSource, nextOverride } from '../../domain/inventory/mapping-choices.ts';

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
          {FIELDS.map((field) => (
            <FieldRow
              key={field}
              field={field}
              id={`${baseId}-${field}`}
              columns={props.columns}
              value={choices[field] ?? ''}
              source={fieldSource(field, props.used, props.override)}
              error={field === 'email' && error !== null ? errorId : null}
              selectRef={field === 'email' ? emailRef : undefined}
              onChange={(value) => setChoices((c) => ({ ...c, [field]: value }))}
            />
          ))}
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

/** One field: its label, the column chosen for it, and how it got that column. */
function FieldRow({
  selectRef,
  ...props
}: {
  field: MailboxField;
  id: string;
  columns: readonly string[];
  value: string;
  source: string;
  /** The id of the error the field is invalid for, or null. */
  error: string | null;
  selectRef?: Ref<HTMLSelectElement>;
  onChange: (column: string) => void;
}) {
  const { field, id, error } = props;
  return (
    <tr>
      <th scope="row">
        <label htmlFor={id}>
          {FIELD_LABELS[field]}
          {REQUIRED_FIELDS.includes(field) && <span className="optional"> (required)</span>}
        </label>
      </th>
      <td>
        <select
          id={id}
          ref={selectRef}
          value={props.value}
          aria-invalid={error !== null || undefined}
          aria-describedby={error ?? undefined}
          onChange={(e) => props.onChange(e.target.value)}
        >
          <option value="">(none)</option>
          {props.columns.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </td>
      <td>{props.source}</td>
    </tr>
  );
}
