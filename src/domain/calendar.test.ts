import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayNumber,
  daysBetween,
  isIsoDate,
  isTimeZone,
  isoFromDay,
  weekdayOf,
  zonedTimeToUtc,
} from './calendar.ts';

describe('calendar', () => {
  it('round-trips dates and rejects impossible ones', () => {
    expect(isoFromDay(dayNumber('2024-02-29'))).toBe('2024-02-29');
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('24-01-01')).toBe(false);
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('numbers weekdays from Sunday = 0', () => {
    expect(weekdayOf(dayNumber('1970-01-01'))).toBe(4);
    expect(weekdayOf(dayNumber('2026-03-02'))).toBe(1);
    expect(weekdayOf(dayNumber('2025-03-30'))).toBe(0);
    expect(weekdayOf(dayNumber('1969-12-28'))).toBe(0);
  });

  it('converts Europe/Berlin wall time across the March and October changes', () => {
    expect(zonedTimeToUtc('2025-03-29', '19:00', 'Europe/Berlin')).toBe('2025-03-29T18:00:00Z');
    expect(zonedTimeToUtc('2025-03-30', '19:00', 'Europe/Berlin')).toBe('2025-03-30T17:00:00Z');
    expect(zonedTimeToUtc('2025-10-25', '19:00', 'Europe/Berlin')).toBe('2025-10-25T17:00:00Z');
    expect(zonedTimeToUtc('2025-10-26', '19:00', 'Europe/Berlin')).toBe('2025-10-26T18:00:00Z');
  });

  it('converts America/New_York across its March and November changes', () => {
    expect(zonedTimeToUtc('2025-03-08', '19:00', 'America/New_York')).toBe('2025-03-09T00:00:00Z');
    expect(zonedTimeToUtc('2025-03-09', '19:00', 'America/New_York')).toBe('2025-03-09T23:00:00Z');
    expect(zonedTimeToUtc('2025-11-01', '19:00', 'America/New_York')).toBe('2025-11-01T23:00:00Z');
    expect(zonedTimeToUtc('2025-11-02', '19:00', 'America/New_York')).toBe('2025-11-03T00:00:00Z');
  });

  it('moves a skipped wall time forward and resolves a repeated one', () => {
    expect(zonedTimeToUtc('2025-03-30', '02:30', 'Europe/Berlin')).toBe('2025-03-30T01:30:00Z');
    expect(zonedTimeToUtc('2025-03-09', '02:30', 'America/New_York')).toBe('2025-03-09T07:30:00Z');
    expect(zonedTimeToUtc('2025-10-26', '02:30', 'Europe/Berlin')).toBe('2025-10-26T01:30:00Z');
  });

  it('handles zones without daylight saving and rejects unknown ones', () => {
    expect(zonedTimeToUtc('2025-06-01', '08:00', 'Asia/Kolkata')).toBe('2025-06-01T02:30:00Z');
    expect(zonedTimeToUtc('2025-06-01', '08:00', 'UTC')).toBe('2025-06-01T08:00:00Z');
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});

describe('addDays and daysBetween', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2025-03-14', -14)).toBe('2025-02-28');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-03-30', 1)).toBe('2025-03-31');
  });

  it('counts days between dates', () => {
    expect(daysBetween('2025-03-14', '2025-04-01')).toBe(18);
  });

  it('rejects impossible dates', () => {
    expect(isIsoDate('2025-02-30')).toBe(false);
    expect(isIsoDate('2025-3-1')).toBe(false);
    expect(() => addDays('nope', 1)).toThrow(RangeError);
  });
});
