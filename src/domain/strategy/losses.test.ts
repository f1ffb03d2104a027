import { describe, expect, it } from 'vitest';
import { recommend } from './recommend.ts';
import { lossesOf } from './losses.ts';
import { exchange, testProfile } from '../../testing/test-profiles.ts';

const needs = (r: ReturnType<typeof recommend>, method: string) =>
  r.withLoss.find((m) => m.method === method)?.losses.map((l) => l.need);

describe('losses: three kinds of method, never mixed', () => {
  // The organisation of issue 21: Exchange 2016, 1,800 mailboxes, free/busy and calendars needed.
  const germany = testProfile({
    mailboxCount: 1800,
    totalDataGB: 2500,
    deadlineWeeks: 13,
    bandwidthMbps: 200,
    country: 'DE',
    needs: { freeBusy: true, calendarAndContacts: true },
  });

  it('lists IMAP and PST upload as working only with named losses, never as alternatives', () => {
    const r = recommend(germany);
    expect(r.method).toBe('full-hybrid');
    expect(r.losses).toEqual([]);
    expect(needs(r, 'imap')).toEqual(['calendarAndContacts', 'freeBusy']);
    expect(needs(r, 'pst-import-network')).toEqual(['freeBusy']);
    expect(r.ruledOut.map((m) => m.method)).toContain('cutover');
    expect(r.alternatives.map((a) => a.method)).toEqual([]);
  });

  it('keeps a method that meets every stated need among the alternatives', () => {
    const r = recommend({ ...germany, needs: { freeBusy: false, calendarAndContacts: true } });
    expect(r.alternatives.map((a) => a.method)).toEqual(['minimal-hybrid', 'pst-import-network']);
    expect(r.withLoss.map((m) => m.method)).toEqual(['imap']);
  });

  it('names the chosen method’s own loss when no possible method meets every need', () => {
    const r = recommend(
      testProfile({
        source: exchange('2003'),
        mailboxCount: 100,
        directorySync: 'none',
        needs: { freeBusy: true },
      }),
    );
    expect(r.method).toBe('cutover');
    expect(r.losses.map((l) => l.need)).toEqual(['freeBusy']);
    expect(r.alternatives).toEqual([]);
  });

  it('counts what a companion moves as covered', () => {
    const r = recommend(testProfile({ source: { kind: 'imap' }, directorySync: 'none' }));
    expect(r.method).toBe('imap');
    expect(r.companions.map((c) => c.method)).toEqual(['pst-import-network']);
    expect(r.losses).toEqual([]);
  });

  it('counts a single address list as lost unless the method is documented to keep one', () => {
    const p = testProfile({ needs: { singleGal: true } });
    expect(lossesOf('full-hybrid', p)).toEqual([]);
    expect(lossesOf('minimal-hybrid', p).map((l) => l.need)).toEqual(['singleGal']);
    expect(lossesOf('imap', p).map((l) => l.text)[0]).toMatch(/^No calendars or contacts: IMAP/);
  });
});
