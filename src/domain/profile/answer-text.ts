import type { Question } from './question.ts';

/** The text an input shows for a stored value. */
export function formatAnswer(q: Question, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (q.kind === 'yes-no') return value === true ? 'yes' : value === false ? 'no' : '';
  return String(value);
}

/**
 * Reads what the user typed into the value stored in the draft. Returns an error in words
 * when the text cannot be read; range checks come from validateProfile.
 */
export function parseAnswer(q: Question, text: string): { value: unknown } | { error: string } {
  const t = text.trim();
  if (t === '') return q.optional ? { value: undefined } : { error: `Answer “${q.label}”.` };
  switch (q.kind) {
    case 'number': {
      const n = Number(t.replace(/[\s,_]/g, ''));
      return Number.isFinite(n) ? { value: n } : { error: `${q.label} must be a number.` };
    }
    case 'yes-no':
      return t === 'yes'
        ? { value: true }
        : t === 'no'
          ? { value: false }
          : { error: `Answer yes or no: ${q.label}` };
    case 'choice':
      return q.options?.some((o) => o.value === t)
        ? { value: t }
        : { error: `Choose one option for “${q.label}”.` };
    case 'text':
      return { value: t };
  }
}
