import { describe, expect, it } from 'vitest';
import { isFactId } from '../facts.ts';
import { METHODS } from '../methods/method-list.ts';
import { fixtureSchedule } from '../../testing/impact-test-data.ts';
import { whatHappensToMe } from './user-timeline.ts';

describe('whatHappensToMe', () => {
  it('finds the person’s batch and dates, whatever the case of the address', () => {
    const r = whatHappensToMe('  Alice@Contoso.com ', 'full-hybrid', fixtureSchedule);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.email).toBe('alice@contoso.com');
    expect(r.value.batch).toEqual({ id: 'b1', name: 'Pilot', isPilot: true });
    expect(r.value.dates).toEqual({
      start: '2025-03-03',
      syncDoneP50: '2025-03-04',
      syncDoneP90: '2025-03-10',
      cutover: '2025-03-14',
    });
    expect(r.value.accessWindow.text).toContain('2025-03-14');
    expect(r.value.accessWindow.text).toContain('2025-03-14T18:00:00Z');
  });

  it('reports a person who is in no batch', () => {
    const r = whatHappensToMe('nobody@contoso.com', 'cutover', fixtureSchedule);
    expect(r).toEqual({
      ok: false,
      problems: [
        { path: 'email', message: 'nobody@contoso.com is not in any batch of the schedule.' },
      ],
    });
  });

  it.each(METHODS)('%s: steps are dated from the batch and in date order', (m) => {
    const r = whatHappensToMe('carol@contoso.com', m, fixtureSchedule);
    if (!r.ok) throw new Error('carol is scheduled');
    const dates = r.value.steps.map((s) => s.date);
    expect(dates).toEqual(dates.toSorted());
    expect(dates).toContain('2025-04-01');
    for (const s of r.value.steps) for (const f of s.factIds) expect(isFactId(f)).toBe(true);
  });

  it('dates the cutover switch on the cut-over day and the IMAP export two days before', () => {
    const cut = whatHappensToMe('bob@contoso.com', 'cutover', fixtureSchedule);
    const imap = whatHappensToMe('bob@contoso.com', 'imap', fixtureSchedule);
    if (!cut.ok || !imap.ok) throw new Error('bob is scheduled');
    expect(cut.value.steps.find((s) => s.id === 'new-profile')?.date).toBe('2025-03-14');
    expect(cut.value.steps.find((s) => s.id === 'new-profile')?.text).toMatch(/temporary password/);
    expect(imap.value.steps.find((s) => s.id === 'export-calendar')?.date).toBe('2025-03-12');
    expect(imap.value.steps.find((s) => s.id === 'import-calendar')?.date).toBe('2025-03-15');
    expect(imap.value.steps[0]?.id).toBe('copy-starts');
  });

  it('hybrid: no new profile step; same profile and password', () => {
    const r = whatHappensToMe('bob@contoso.com', 'full-hybrid', fixtureSchedule);
    if (!r.ok) throw new Error('bob is scheduled');
    expect(r.value.steps.map((s) => s.id)).not.toContain('new-profile');
    expect(r.value.steps.find((s) => s.id === 'switch')?.text).toMatch(
      /Same profile, same password/,
    );
    expect(r.value.notes.map((n) => n.id)).toEqual([
      'outlook-profile-kept',
      'credentials-same',
      'phones-keep',
    ]);
  });

  it('includes split-delegate notes only for people in a split pair', () => {
    const alice = whatHappensToMe('alice@contoso.com', 'full-hybrid', fixtureSchedule);
    const bob = whatHappensToMe('bob@contoso.com', 'full-hybrid', fixtureSchedule);
    if (!alice.ok || !bob.ok) throw new Error('scheduled');
    expect(alice.value.notes.filter((n) => n.audience === 'split-delegates')).toHaveLength(1);
    expect(bob.value.notes.filter((n) => n.audience === 'split-delegates')).toHaveLength(0);
  });
});
