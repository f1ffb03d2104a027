import { describe, it, expect } from 'vitest';
import { parseSize } from './parse-size.ts';

describe('parseSize', () => {
  it.each([
    ['1.234 GB (1,325,400,000 bytes)', 1_325_400_000],
    ['1,234 GB (1.325.400.000 Bytes)', 1_325_400_000],
    ['408.292 MB (428,125,298 bytes)', 428_125_298],
    ['0 B (0 bytes)', 0],
    ['1325400000B', 1_325_400_000],
    ['0B', 0],
    ['1325400000', 1_325_400_000],
    ['  27.116 GB (29,115,379,485 bytes) ', 29_115_379_485],
    ['1,2 Go (1 288 490 189 octets)', 1_288_490_189],
    ["1.234 GB (1'325'400'000 bytes)", 1_325_400_000],
  ])('reads %s exactly', (text, bytes) => {
    expect(parseSize(text)).toEqual({ ok: true, bytes, approximate: false });
  });

  it.each(['', '   ', 'Unlimited', 'unlimited'])('reads “%s” as no size', (text) => {
    expect(parseSize(text)).toEqual({ ok: true, bytes: null, approximate: false });
  });

  it.each([
    ['1.5 GB', 1.5 * 2 ** 30],
    ['1,5 GB', 1.5 * 2 ** 30],
    ['408.292 MB', Math.round(408.292 * 2 ** 20)],
    ['12 KB', 12 * 1024],
    ['1,234.5 MB', Math.round(1234.5 * 2 ** 20)],
    ['1.234,5 MB', Math.round(1234.5 * 2 ** 20)],
  ])('reads %s as an approximate size', (text, bytes) => {
    expect(parseSize(text)).toEqual({ ok: true, bytes, approximate: true });
  });

  it('reads grouped byte counts without a unit multiplier', () => {
    expect(parseSize('12,345 bytes')).toEqual({ ok: true, bytes: 12_345, approximate: false });
  });

  it('scales bare numbers by the column unit, e.g. TotalItemSize (MB)', () => {
    expect(parseSize('2', 2 ** 20)).toEqual({ ok: true, bytes: 2 * 2 ** 20, approximate: true });
    expect(parseSize('1.5', 2 ** 30)).toEqual({
      ok: true,
      bytes: 1.5 * 2 ** 30,
      approximate: true,
    });
  });

  it.each(['abc', '-5 GB', '1.5', '12 parsecs', '1,23 bytes', 'GB'])(
    'rejects %s with a reason',
    (text) => {
      expect(parseSize(text)).toEqual({ ok: false, reason: expect.stringContaining(text.trim()) });
    },
  );

  it('rejects sizes beyond exact integers', () => {
    expect(parseSize('99999999999999999999B').ok).toBe(false);
  });
});
