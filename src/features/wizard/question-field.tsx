import { useId } from 'react';
import { questionControl, type Question } from '../../domain/profile/question.ts';
import type { FieldIds } from './field-parts.tsx';
import { InputQuestion } from './input-question.tsx';
import { RadioQuestion } from './radio-question.tsx';
import { SelectQuestion } from './select-question.tsx';

type Props = {
  question: Question;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
};

const CONTROLS = { radios: RadioQuestion, select: SelectQuestion, input: InputQuestion };

/** One wizard question: label, one-line hint and the error, all tied to the input for assistive tech. */
export function QuestionField({ question, value, error, onChange }: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const ids: FieldIds = {
    id,
    hintId,
    errorId,
    describedBy: error ? `${hintId} ${errorId}` : hintId,
  };
  const Control = CONTROLS[questionControl(question)];
  return <Control question={question} value={value} error={error} onChange={onChange} ids={ids} />;
}
