import { describe, expect, it } from 'vitest';
import { questionControl, type Question } from './question.ts';
import { WIZARD_STEPS } from './wizard-steps.ts';

const question = (path: string): Question => {
  const q = WIZARD_STEPS.flatMap((s) => s.questions).find((x) => x.path === path);
  if (!q) throw new Error(path);
  return q;
};

describe('questionControl', () => {
  it('asks yes/no and up to four options as radios', () => {
    expect(questionControl(question('hasPst'))).toBe('radios');
    expect(questionControl(question('source.kind'))).toBe('radios');
    expect(questionControl(question('directorySync'))).toBe('radios');
  });

  it('puts a longer list in a menu', () => {
    expect(questionControl(question('source.version'))).toBe('select');
  });

  it('types numbers and text', () => {
    expect(questionControl(question('mailboxCount'))).toBe('input');
    expect(questionControl({ path: 'x', label: 'X', hint: '', kind: 'text' })).toBe('input');
  });
});
