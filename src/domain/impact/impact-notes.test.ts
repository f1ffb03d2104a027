import { describe, expect, it } from 'vitest';
import { isFactId } from '../facts.ts';
import { METHODS, type MigrationMethod } from '../methods/method-list.ts';
import type { SplitStrength } from '../schedule/schedule-types.ts';
import { allocSplitPairs, compactSchedule, expandSchedule } from '../schedule/schedule-view.ts';
import { fixtureSchedule } from '../../testing/impact-test-data.ts';
import type { ImpactNote } from './impact-note.ts';
import { impactNotes } from './impact-notes.ts';

const HYBRIDS: MigrationMethod[] = ['full-hybrid', 'minimal-hybrid', 'express-hybrid'];
const SAYS_NEW_PROFILE = /new outlook profile|recreat|set up again|set (?:outlook )?up again/i;
const SAYS_NEW_CREDENTIALS =
  /new (?:microsoft 365 )?(?:account|password|sign-in)|temporary password/i;

const allText = (notes: ImpactNote[]) => notes.map((n) => `${n.title}\n${n.text}`).join('\n');
const ids = (notes: ImpactNote[]) => notes.map((n) => n.id);

type Row = {
  method: MigrationMethod;
  profile: 'outlook-profile-new' | 'outlook-profile-kept';
  credentials: string;
  phones: 'phones-keep' | 'phones-reconfigure';
  has: string[];
  mentions: RegExp[];
};

const TABLE: Row[] = [
  {
    method: 'full-hybrid',
    profile: 'outlook-profile-kept',
    credentials: 'credentials-same',
    phones: 'phones-keep',
    has: ['large-items'],
    mentions: [/free\/busy works/i],
  },
  {
    method: 'minimal-hybrid',
    profile: 'outlook-profile-kept',
    credentials: 'credentials-same',
    phones: 'phones-keep',
    has: ['large-items'],
    mentions: [/no cross-premises free\/busy/i],
  },
  {
    method: 'express-hybrid',
    profile: 'outlook-profile-kept',
    credentials: 'credentials-same',
    phones: 'phones-keep',
    has: ['large-items'],
    mentions: [/copied to Microsoft 365 once/i, /managed in Microsoft 365/i],
  },
  {
    method: 'cutover',
    profile: 'outlook-profile-new',
    credentials: 'credentials-new',
    phones: 'phones-reconfigure',
    has: [],
    mentions: [/one batch/i, /72 hours/],
  },
  {
    method: 'staged',
    profile: 'outlook-profile-new',
    credentials: 'credentials-from-it',
    phones: 'phones-reconfigure',
    has: ['out-of-office-not-migrated'],
    mentions: [/mail users/i],
  },
  {
    method: 'imap',
    profile: 'outlook-profile-new',
    credentials: 'credentials-from-it',
    phones: 'phones-reconfigure',
    has: ['calendar-contacts-not-moved', 'imap-large-messages'],
    mentions: [/calendar items, contacts and tasks stay behind/i, /PST/, /35 MB/],
  },
  {
    method: 'google-workspace',
    profile: 'outlook-profile-new',
    credentials: 'credentials-from-it',
    phones: 'phones-reconfigure',
    has: ['google-rules-disabled'],
    mentions: [/rules arrive disabled/i],
  },
  {
    method: 'pst-import-network',
    profile: 'outlook-profile-new',
    credentials: 'credentials-unchanged',
    phones: 'phones-reconfigure',
    has: ['pst-imported-folder'],
    mentions: [/24 GB a day/],
  },
  {
    method: 'pst-import-drive',
    profile: 'outlook-profile-new',
    credentials: 'credentials-unchanged',
    phones: 'phones-reconfigure',
    has: ['pst-imported-folder', 'pst-drive-shipping'],
    mentions: [/shipped/i, /7-10 business days/],
  },
  {
    method: 'outlook-pst',
    profile: 'outlook-profile-new',
    credentials: 'credentials-unchanged',
    phones: 'phones-reconfigure',
    has: ['outlook-pst-per-user'],
    mentions: [/per user/i, /imports their own PST/i],
  },
];

describe('impactNotes across all methods', () => {
  it('covers every method exactly once', () => {
    expect(TABLE.map((r) => r.method).toSorted()).toEqual([...METHODS].toSorted());
  });

  it.each(TABLE)('$method: profile, sign-in, phones and method-specific notes', (row) => {
    const notes = impactNotes(row.method, fixtureSchedule);
    const got = ids(notes);
    expect(got).toContain(row.profile);
    expect(got).toContain(row.credentials);
    expect(got).toContain(row.phones);
    for (const id of row.has) expect(got).toContain(id);
    for (const re of row.mentions) expect(allText(notes)).toMatch(re);
    expect(new Set(got).size).toBe(got.length);
    expect(got).toContain('mail-access-window');
    expect(got).toContain('delegates');
  });

  it.each(TABLE)('$method: every note cites known facts', ({ method }) => {
    const notes = impactNotes(method, fixtureSchedule);
    const unknown = notes.flatMap((n) =>
      n.factIds.filter((f) => !isFactId(f)).map((f) => `${n.id}:${f}`),
    );
    expect(unknown).toEqual([]);
    // Only the PST "sign-in is not changed" note rests on no Microsoft fact.
    const uncited = notes.filter((n) => n.factIds.length === 0).map((n) => n.id);
    expect(uncited).toEqual(
      notes.some((n) => n.id === 'credentials-unchanged') ? ['credentials-unchanged'] : [],
    );
  });

  it('only IMAP says calendar and contacts are not moved', () => {
    const withNote = METHODS.filter((m) =>
      ids(impactNotes(m)).includes('calendar-contacts-not-moved'),
    );
    expect(withNote).toEqual(['imap']);
  });

  it.each(HYBRIDS)('%s never mentions profile recreation or new credentials', (m) => {
    const text = allText(impactNotes(m, fixtureSchedule));
    expect(text).not.toMatch(SAYS_NEW_PROFILE);
    expect(text).not.toMatch(SAYS_NEW_CREDENTIALS);
  });

  it('cutover says both: new Outlook profile and new credentials', () => {
    const notes = impactNotes('cutover', fixtureSchedule);
    const text = allText(notes);
    expect(text).toMatch(SAYS_NEW_PROFILE);
    expect(text).toMatch(SAYS_NEW_CREDENTIALS);
    expect(notes.find((n) => n.id === 'credentials-new')?.severity).toBe('critical');
  });
});

describe('mail access window', () => {
  it('lists each batch with its dates when a schedule is given', () => {
    const note = impactNotes('cutover', fixtureSchedule).find((n) => n.id === 'mail-access-window');
    expect(note?.text).toContain('Pilot (pilot): copy from 2025-03-03, switch-over 2025-03-14');
    expect(note?.text).toContain('Batch 2: copy from 2025-03-17, switch-over 2025-04-01');
  });

  it('speaks of the switch-over date without a schedule', () => {
    const note = impactNotes('imap').find((n) => n.id === 'mail-access-window');
    expect(note?.text).toContain('the switch-over date');
    expect(note?.text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});

describe('delegates', () => {
  it('adds one note per split pair with both switch-over dates and the gap', () => {
    const split = impactNotes('full-hybrid', fixtureSchedule).filter(
      (n) => n.audience === 'split-delegates',
    );
    expect(split).toHaveLength(1);
    expect(split[0]?.id).toBe('split:alice@contoso.com:carol@contoso.com');
    expect(split[0]?.text).toContain('18 days apart');
    expect(split[0]?.text).toContain('from 2025-03-14 to 2025-04-01');
    expect(split[0]?.severity).toBe('warning');
    expect(split[0]?.text).toMatch(/Full Access still works/);
  });

  it('is critical where there is no cross-premises access at all', () => {
    for (const m of ['staged', 'imap', 'google-workspace', 'minimal-hybrid'] as const) {
      const split = impactNotes(m, fixtureSchedule).find((n) => n.audience === 'split-delegates');
      expect({ m, severity: split?.severity }).toEqual({ m, severity: 'critical' });
      expect(split?.text).toMatch(/Neither can open/);
    }
  });

  it('counts split pairs in the executives note, and has none without a schedule', () => {
    const exec = impactNotes('full-hybrid', fixtureSchedule).find((n) => n.id === 'delegates');
    expect(exec?.audience).toBe('executives');
    expect(exec?.text).toContain('splits 1 delegate pair');
    const together = { ...fixtureSchedule, splits: allocSplitPairs(0) };
    expect(impactNotes('full-hybrid', together).find((n) => n.id === 'delegates')?.text).toContain(
      'keeps every delegate pair in the same batch',
    );
    expect(impactNotes('full-hybrid').some((n) => n.audience === 'split-delegates')).toBe(false);
  });

  it('tells delegate pairs from pairs linked only by Send As or Full Access', () => {
    const { batches, splits } = expandSchedule(fixtureSchedule);
    const pair = splits[0]!;
    const note = (strengths: SplitStrength[]) =>
      impactNotes('full-hybrid', {
        ...fixtureSchedule,
        ...compactSchedule(
          batches,
          strengths.map((strength) => ({ ...pair, strength })),
        ),
      }).find((n) => n.id === 'delegates')?.text;
    expect(note(['weak', 'weak'])).toContain(
      'keeps every delegate pair in the same batch, but splits 2 pairs linked only by Send As, Send on Behalf or Full Access',
    );
    expect(note(['executive', 'hard', 'soft'])).toContain(
      'splits 2 delegate pairs and 1 more linked by Send As, Send on Behalf or Full Access',
    );
    expect(note(['hard'])).toContain('splits 1 delegate pair:');
  });

  it('ignores split pairs that are in fact in the same batch', () => {
    const same = {
      ...fixtureSchedule,
      splits: {
        ...fixtureSchedule.splits,
        batchB: Int32Array.of(0),
        daysApart: Int32Array.of(0),
      },
    };
    expect(impactNotes('staged', same).some((n) => n.audience === 'split-delegates')).toBe(false);
  });
});
