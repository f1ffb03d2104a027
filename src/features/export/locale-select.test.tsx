import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LocaleSelect } from './locale-select.tsx';
import { localeChoices, PLAN_LOCALES } from './plan-locales.ts';

const select = () => screen.getByRole('combobox', { name: 'Numbers and dates' });

describe('LocaleSelect', () => {
  it('names the browser’s locale first, then each choice with a number written its way', () => {
    render(<LocaleSelect value={undefined} browserLocale="en-US" onChange={() => {}} />);
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    expect(options[0]).toBe('Browser default (en-US)');
    expect(options).toContain('de-DE: 1.234,5');
    expect(options).toHaveLength(PLAN_LOCALES.length + 1);
    expect(select()).toHaveProperty('value', '');
  });

  it('reports a chosen locale, and none for the browser default', () => {
    const onChange = vi.fn<(locale: string | undefined) => void>();
    render(<LocaleSelect value="de-DE" browserLocale="en-US" onChange={onChange} />);
    expect(select()).toHaveProperty('value', 'de-DE');
    fireEvent.change(select(), { target: { value: 'fr-FR' } });
    expect(onChange).toHaveBeenLastCalledWith('fr-FR');
    fireEvent.change(select(), { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith(undefined);
  });
});

describe('localeChoices', () => {
  it('keeps a plan’s own locale that is not in the list', () => {
    expect(localeChoices('pt-BR')).toEqual([...PLAN_LOCALES, 'pt-BR']);
    expect(localeChoices('de-DE')).toEqual(PLAN_LOCALES);
    expect(localeChoices(undefined)).toEqual(PLAN_LOCALES);
  });
});
