import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileSlug, padNumber } from './file-slug.ts';

describe('fileSlug', () => {
  it('keeps names readable and Windows-safe', () => {
    expect(fileSlug('Pilot')).toBe('pilot');
    expect(fileSlug('Batch 2: Sales/Marketing')).toBe('batch-2-sales-marketing');
    expect(fileSlug('Łódź Zürich straße')).toBe('lodz-zurich-strasse');
    expect(fileSlug('  ..CON..  ')).toBe('con');
    expect(fileSlug('王')).toBe('');
    expect(fileSlug('a'.repeat(50) + ' b', 10)).toBe('aaaaaaaaaa');
    expect(fileSlug('abcdefghi jk', 10)).toBe('abcdefghi');
  });

  it('never yields a reserved character, edge hyphen or more than maxLength (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const slug = fileSlug(text);
        expect(slug).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
        expect(slug.length).toBeLessThanOrEqual(40);
      }),
    );
  });
});

describe('padNumber', () => {
  it('pads to two digits, or to the width of the total', () => {
    expect(padNumber(1, 5)).toBe('01');
    expect(padNumber(7, 120)).toBe('007');
    expect(padNumber(12, 12)).toBe('12');
  });
});
