import { describe, expect, it } from 'vitest';
import { isoDate } from './iso-date.ts';

describe('isoDate', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(isoDate.addDays('2025-03-14', -14)).toBe('2025-02-28');
    expect(isoDate.addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(isoDate.addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(isoDate.addDays('2025-03-30', 1)).toBe('2025-03-31');
  });

  it('counts days between dates', () => {
    expect(isoDate.daysBetween('2025-03-14', '2025-04-01')).toBe(18);
  });

  it('rejects impossible dates', () => {
    expect(isoDate.isValid('2025-02-30')).toBe(false);
    expect(isoDate.isValid('2025-3-1')).toBe(false);
    expect(() => isoDate.addDays('nope', 1)).toThrow(RangeError);
  });
});
