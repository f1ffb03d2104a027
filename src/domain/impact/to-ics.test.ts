import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeIcsText, foldIcsLine, icsUid, toIcs, type TeamEvent } from './to-ics.ts';

const utf8 = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });
const unfold = (s: string) => s.replace(/\r\n /g, '');

const event: TeamEvent = {
  batchId: 'b1',
  offsetDays: -14,
  date: '2025-02-28',
  summary: 'Send T-14 notice to Pilot, wave 1; HQ\\Sales',
  description: 'Subject: Your mailbox moves\nWhat to do:\r\nNothing, really; relax.',
};

describe('toIcs', () => {
  const ics = toIcs([event], {
    planId: 'plan-1',
    dtstamp: '2025-02-01T09:30:00Z',
    calendarName: 'Migration, team',
  });

  it('uses CRLF only and ends with one', () => {
    expect(ics).not.toMatch(/[^\r]\n/);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('has the calendar skeleton and an all-day event', () => {
    const lines = unfold(ics).split('\r\n');
    expect(lines.slice(0, 3)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Exchange Migration Planner//Communications//EN',
    ]);
    expect(lines).toContain('X-WR-CALNAME:Migration\\, team');
    expect(lines).toContain('DTSTAMP:20250201T093000Z');
    expect(lines).toContain('DTSTART;VALUE=DATE:20250228');
    expect(lines).toContain('DTEND;VALUE=DATE:20250301');
    expect(lines).toContain('UID:plan-1.b1.m14@exchange-migration-planner');
  });

  it('escapes commas, semicolons, backslashes and newlines', () => {
    const lines = unfold(ics).split('\r\n');
    expect(lines).toContain('SUMMARY:Send T-14 notice to Pilot\\, wave 1\\; HQ\\\\Sales');
    expect(lines).toContain(
      'DESCRIPTION:Subject: Your mailbox moves\\nWhat to do:\\nNothing\\, really\\; relax.',
    );
  });

  it('accepts a compact DTSTAMP and rejects one that is not UTC', () => {
    expect(toIcs([event], { planId: 'p', dtstamp: '20250201T093000Z' })).toContain(
      'DTSTAMP:20250201T093000Z',
    );
    expect(() => toIcs([event], { planId: 'p', dtstamp: '2025-02-01T09:30:00+01:00' })).toThrow(
      RangeError,
    );
    expect(() => toIcs([event], { planId: 'p', dtstamp: 'yesterday' })).toThrow(RangeError);
  });

  it('folds long lines to 75 octets without cutting a UTF-8 character', () => {
    const long = {
      ...event,
      description: 'Grüße aus Zürich – 📦 déménagement, ça marche; '.repeat(8),
    };
    const out = toIcs([long], { planId: 'p', dtstamp: '20250201T093000Z' });
    for (const line of out.split('\r\n')) {
      const bytes = utf8.encode(line);
      expect(bytes.length).toBeLessThanOrEqual(75);
      expect(() => decoder.decode(bytes)).not.toThrow();
    }
    expect(unfold(out)).toContain(`DESCRIPTION:${escapeIcsText(long.description)}`);
  });
});

describe('foldIcsLine', () => {
  it('leaves short lines alone and continues with a single space', () => {
    expect(foldIcsLine('SUMMARY:short')).toBe('SUMMARY:short');
    const folded = foldIcsLine(`DESCRIPTION:${'x'.repeat(200)}`);
    const parts = folded.split('\r\n');
    expect(parts[0]).toHaveLength(75);
    for (const p of parts.slice(1)) expect(p.startsWith(' ')).toBe(true);
  });

  it('always unfolds back to the original (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        const folded = foldIcsLine(s);
        for (const l of folded.split('\r\n')) expect(utf8.encode(l).length).toBeLessThanOrEqual(75);
        expect(unfold(folded)).toBe(s);
      }),
      { numRuns: 200 },
    );
  });
});

describe('icsUid', () => {
  it('is deterministic and differs by plan, batch and offset', () => {
    expect(icsUid('p', 'b1', 0)).toBe(icsUid('p', 'b1', 0));
    const uids = new Set([
      icsUid('p', 'b1', 0),
      icsUid('p', 'b1', 1),
      icsUid('p', 'b1', -1),
      icsUid('p', 'b2', 0),
      icsUid('q', 'b1', 0),
    ]);
    expect(uids.size).toBe(5);
  });

  it('cannot collide by moving the separator between plan and batch id', () => {
    expect(icsUid('a.b', 'c', 0)).not.toBe(icsUid('a', 'b.c', 0));
    expect(icsUid('plan 1/é', 'b', 0)).toBe('plan%201%2F%C3%A9.b.p0@exchange-migration-planner');
  });
});
