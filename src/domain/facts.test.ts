import { describe, expect, expectTypeOf, it } from 'vitest';
import { facts, isFactId } from './facts.ts';

describe('facts', () => {
  it('keeps each value its own type, so no reader casts', () => {
    expectTypeOf(facts.maxConcurrency.value).toEqualTypeOf<number>();
    expectTypeOf(facts.driveShippingExcludedCountries.value).toEqualTypeOf<string[]>();
    expectTypeOf(facts.durationByMailboxSize.value).toEqualTypeOf<[number, number][]>();
    expect(facts.driveShippingExcludedCountries.value.includes('DE')).toBe(true);
  });

  it('cites a page and the date it was read for every fact', () => {
    for (const [id, f] of Object.entries(facts)) {
      expect({
        id,
        url: f.source.url.startsWith('https://'),
        read: /^\d{4}(-\d{2}){0,2}$/.test(f.read),
      }).toEqual({ id, url: true, read: true });
      expect({ id, title: f.source.title.trim() !== '', text: f.text.trim() !== '' }).toEqual({
        id,
        title: true,
        text: true,
      });
    }
    expect(isFactId('maxConcurrency')).toBe(true);
    expect(isFactId('noSuchFact')).toBe(false);
  });
});
