import { describe, expect, it } from 'vitest';
import { greetingName } from './person-name.ts';

describe('greetingName', () => {
  it('turns "Last, First" around and keeps other names', () => {
    expect(greetingName('Kowalski, Uma', 'u@x')).toBe('Uma Kowalski');
    expect(greetingName('Uma Kowalski', 'u@x')).toBe('Uma Kowalski');
    expect(greetingName('Sales, EMEA, Team', 'u@x')).toBe('Sales, EMEA, Team');
    expect(greetingName('  ', 'u@x')).toBe('u@x');
  });
});
