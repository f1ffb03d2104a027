import { FieldError, FieldHint, FieldTitle, type FieldProps } from './field-parts.tsx';

/** Yes/no and short option lists: every option visible, grouped under the question. */
export function RadioQuestion({ question: q, value, error, onChange, ids }: FieldProps) {
  return (
    <fieldset
      aria-describedby={ids.describedBy}
      className="field-group"
      data-invalid={error ? true : undefined}
    >
      <legend>
        <FieldTitle question={q} />
      </legend>
      <FieldHint question={q} ids={ids} />
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
      <FieldError error={error} ids={ids} />
    </fieldset>
  );
}
