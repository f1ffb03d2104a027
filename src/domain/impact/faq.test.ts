import { describe, expect, it } from 'vitest';
import { isFactId } from '../facts.ts';
import { METHODS, type MigrationMethod } from '../methods/method-list.ts';
import { faq } from './faq.ts';

const answer = (m: MigrationMethod, id: string) => faq(m).find((e) => e.id === id)?.answer ?? '';

const ids = (m: MigrationMethod) => faq(m).map((e) => e.id);

describe('faq', () => {
  it.each(METHODS)('%s: unique ids, answers, known facts', (m) => {
    const entries = faq(m);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    for (const e of entries) {
      expect(e.question).toMatch(/\?|\.$/);
      expect(e.answer.length).toBeGreaterThan(10);
      for (const f of e.factIds) expect(isFactId(f)).toBe(true);
    }
    expect(entries.map((e) => e.id)).toEqual(
      expect.arrayContaining([
        'outlook-profile',
        'password',
        'phone',
        'calendar-contacts',
        'work-during',
      ]),
    );
  });

  it('answers the profile and password questions by method', () => {
    expect(answer('cutover', 'outlook-profile')).toMatch(/new Outlook profile/);
    expect(answer('cutover', 'password')).toMatch(/temporary password/);
    expect(answer('full-hybrid', 'outlook-profile')).toMatch(/keeps the same profile/);
    expect(answer('full-hybrid', 'password')).toMatch(/usual user name and password/);
  });

  it('answers calendar and contacts by method', () => {
    expect(answer('imap', 'calendar-contacts')).toMatch(/PST/);
    expect(answer('full-hybrid', 'calendar-contacts')).toMatch(/^Yes/);
    expect(answer('pst-import-network', 'calendar-contacts')).toMatch(
      /Everything the PST file holds/,
    );
  });

  it('has the method’s own questions', () => {
    expect(ids('full-hybrid')).toContain('restart-outlook');
    expect(ids('cutover')).toContain('mail-old-server');
    expect(ids('staged')).toContain('out-of-office');
    expect(ids('google-workspace')).toContain('rules-off');
    expect(ids('pst-import-drive')).toContain('why-shipping');
    expect(ids('pst-import-network')).not.toContain('why-shipping');
    expect(ids('outlook-pst')).toContain('how-import');
  });
});
