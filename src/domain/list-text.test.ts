import { describe, expect, it } from 'vitest';
import { firstAndMore } from './list-text.ts';

describe('firstAndMore', () => {
  it('lists up to three, then counts the rest', () => {
    expect(firstAndMore([])).toBe('');
    expect(firstAndMore(['a', 'b', 'c'])).toBe('a, b, c');
    expect(firstAndMore(['a', 'b', 'c', 'd', 'e'])).toBe('a, b, c and 2 more');
    expect(firstAndMore(['a', 'b'], 1)).toBe('a and 1 more');
  });
});
