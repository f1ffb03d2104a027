import { LabelledField, type FieldProps } from './field-parts.tsx';

/** A long option list (the Exchange versions) as a menu. */
export function SelectQuestion(props: FieldProps) {
  const { question: q, value, error, onChange, ids } = props;
  return (
    <LabelledField question={q} error={error} ids={ids}>
      <select
        id={ids.id}
        value={value}
        aria-describedby={ids.describedBy}
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
    </LabelledField>
  );
}
