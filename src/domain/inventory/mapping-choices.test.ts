import { describe, expect, it } from 'vitest';
import { fieldSource, nextOverride } from './mapping-choices.ts';

describe('nextOverride', () => {
  it('keeps unchanged fields automatic and records an unmapped field as empty', () => {
    expect(
      nextOverride({}, { email: 'Mail', office: 'Office' }, { email: 'Mail', office: '' }),
    ).toEqual({
      office: '',
    });
  });
});

describe('fieldSource', () => {
  it('tells a choice by hand from a recognised column and a missing one', () => {
    const used = { email: 'Login', displayName: 'Name' };
    const override = { email: 'Login', office: '' };
    expect(fieldSource('email', used, override)).toBe('Chosen by hand');
    expect(fieldSource('displayName', used, override)).toBe('Recognised');
    expect(fieldSource('office', used, override)).toBe('Left out by hand');
    expect(fieldSource('database', used, override)).toBe('Not found');
    expect(fieldSource('email', {}, {})).toBe('Not found: required');
  });
});
