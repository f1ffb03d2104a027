import { LabelledField, type FieldProps } from './field-parts.tsx';

/** Text and number questions: a typed answer, with its unit after number inputs. */
export function InputQuestion(props: FieldProps) {
  const { question: q, value, error, onChange, ids } = props;
  return (
    <LabelledField question={q} error={error} ids={ids}>
      <span className="input-with-unit">
        <input
          id={ids.id}
          value={value}
          inputMode={q.kind === 'number' ? 'decimal' : undefined}
          aria-describedby={ids.describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
        {q.unit && <span className="unit">{q.unit}</span>}
      </span>
    </LabelledField>
  );
}
