import type { ReactNode } from 'react';
import type { Question } from '../../domain/profile/wizard-steps.ts';

/** The ids that tie a question's label, hint and error to its input for assistive tech. */
export type FieldIds = { id: string; hintId: string; errorId: string; describedBy: string };

/** What every kind of question field is given. */
export type FieldProps = {
  question: Question;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  ids: FieldIds;
};

export function FieldTitle({ question: q }: { question: Question }) {
  return (
    <>
      {q.label}
      {q.optional ? <span className="optional"> (optional)</span> : null}
    </>
  );
}

export function FieldHint({ question, ids }: { question: Question; ids: FieldIds }) {
  return (
    <p id={ids.hintId} className="field-hint">
      {question.hint}
    </p>
  );
}

export function FieldError({ error, ids }: { error: string | undefined; ids: FieldIds }) {
  if (!error) return null;
  return (
    <p id={ids.errorId} className="field-error">
      {error}
    </p>
  );
}

/** A question with one control: its label names the control, the hint and error follow. */
export function LabelledField({
  question,
  error,
  ids,
  children,
}: Omit<FieldProps, 'value' | 'onChange'> & { children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={ids.id} className="field-label">
        <FieldTitle question={question} />
      </label>
      <FieldHint question={question} ids={ids} />
      {children}
      <FieldError error={error} ids={ids} />
    </div>
  );
}
