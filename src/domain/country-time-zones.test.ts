import { describe, expect, it } from 'vitest';
import { COUNTRY_TIME_ZONES, siteTimeZone } from './country-time-zones.ts';

describe('siteTimeZone', () => {
  it('follows the organisation’s country, not the browser', () => {
    expect(siteTimeZone('DE', 'UTC')).toBe('Europe/Berlin');
    expect(siteTimeZone('de', 'Europe/London')).toBe('Europe/Berlin');
  });

  it('keeps the browser’s zone when it lies in the country', () => {
    expect(siteTimeZone('US', 'America/Chicago')).toBe('America/Chicago');
    expect(siteTimeZone('US', 'Europe/Berlin')).toBe('America/New_York');
  });

  it('falls back to the browser’s zone for a country it does not know', () => {
    expect(siteTimeZone('ZZ', 'Asia/Tokyo')).toBe('Asia/Tokyo');
    expect(siteTimeZone(undefined, 'UTC')).toBe('UTC');
  });

  it('names only zones the runtime knows', () => {
    const zones = Object.values(COUNTRY_TIME_ZONES).flat();
    expect(zones.length).toBeGreaterThan(60);
    const unknown = zones.filter((timeZone) => {
      try {
        return !new Intl.DateTimeFormat('en', { timeZone }).resolvedOptions().timeZone;
      } catch {
        return true;
      }
    });
    expect(unknown).toEqual([]);
  });
});
