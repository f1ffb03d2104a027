import { describe, expect, it } from 'vitest';
import { FALLBACK_LOCALE, formatFor, resolveLocale } from './format.ts';
import { GB } from './units.ts';

describe('formatFor', () => {
  const en = formatFor('en-GB');
  const de = formatFor('de-DE');

  it('writes counts and sizes with the locale’s grouping, sizes with one decimal', () => {
    expect(en.count(1790)).toBe('1,790');
    expect(de.count(1790)).toBe('1.790');
    expect(en.gb(7278 * GB)).toBe('7,278.0');
    expect(de.gb(7278 * GB)).toBe('7.278,0');
    expect(en.size(1.25 * GB)).toBe('1.3 GB');
    expect(en.size(null)).toBe('Unknown');
    expect(en.decimal(0.05)).toBe('0.1');
  });

  it('keeps table dates ISO with the weekday, writes prose dates in the locale', () => {
    expect(en.day('2026-03-20')).toBe('Fri 2026-03-20');
    expect(de.day('2026-03-20')).toBe('Fri 2026-03-20');
    expect(en.day('not a date')).toBe('not a date');
    expect(en.longDate('2026-12-07')).toBe('7 December 2026');
    expect(de.longDate('2026-12-07')).toBe('7. Dezember 2026');
    expect(en.months[0]).toBe('Jan');
    expect(en.months).toHaveLength(12);
  });

  it('writes plurals with grouped counts', () => {
    expect(en.plural(1, 'mailbox', 'mailboxes')).toBe('1 mailbox');
    expect(en.plural(1200, 'mailbox', 'mailboxes')).toBe('1,200 mailboxes');
    expect(en.plural(2, 'batch', 'batches')).toBe('2 batches');
    expect(en.plural(3, 'wave')).toBe('3 waves');
  });

  it('writes a moment in the locale and the given time zone', () => {
    const t = Date.UTC(2026, 11, 7, 20, 51);
    expect(en.dateTime(t, 'UTC')).toBe('7 Dec 2026, 20:51');
    expect(en.dateTime(t, 'Asia/Tokyo')).toBe('8 Dec 2026, 05:51');
    expect(de.dateTime(t, 'Europe/Berlin')).toBe('07.12.2026, 21:51');
  });

  it('falls back to en-GB for a locale the runtime cannot use', () => {
    expect(formatFor('xx-invalid-!!').locale).toBe(FALLBACK_LOCALE);
  });
});

describe('resolveLocale', () => {
  it('takes the plan’s locale, then the browser’s first usable one, then en-GB', () => {
    expect(resolveLocale('de-DE', ['en-US'])).toBe('de-DE');
    expect(resolveLocale(undefined, ['fr-FR', 'en-US'])).toBe('fr-FR');
    expect(resolveLocale('not a locale', ['en-US'])).toBe('en-US');
    expect(resolveLocale(undefined, [])).toBe('en-GB');
  });
});
