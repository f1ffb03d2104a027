import { describe, expect, it } from 'vitest';
import { defaultProfile } from './default-profile.ts';
import { EXCHANGE_VERSIONS, validateProfile } from './profile.ts';

const valid = {
  organisation: { name: 'Contoso' },
  source: { kind: 'exchange', version: '2016' },
  mailboxCount: 300,
  totalDataGB: 900,
  deadlineWeeks: 6,
  needs: { freeBusy: false, calendarAndContacts: true },
  directorySync: 'keep',
  bandwidthMbps: 100,
  enterpriseAgreement: false,
  country: 'de',
};

function problemsOf(input: unknown) {
  const r = validateProfile(input);
  if (r.ok) throw new Error('expected problems');
  return r.problems;
}

function without(key: string): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...valid };
  delete copy[key];
  return copy;
}

describe('validateProfile', () => {
  it('accepts a complete profile, upper-cases the country and drops unknown keys', () => {
    const r = validateProfile({ ...valid, extra: 'x' });
    expect(r).toEqual({ ok: true, profile: { ...valid, country: 'DE' } });
  });

  it('accepts the default profile and every Exchange version', () => {
    expect(validateProfile(defaultProfile()).ok).toBe(true);
    for (const version of EXCHANGE_VERSIONS) {
      expect(validateProfile({ ...valid, source: { kind: 'exchange', version } }).ok).toBe(true);
    }
  });

  it('keeps optional answers and defaults a missing organisation to an empty name', () => {
    const input = {
      ...without('organisation'),
      largestMailboxGB: 50,
      itemsOver150MB: true,
      pst: { files: 3, totalGB: 12 },
    };
    const r = validateProfile({ ...input, needs: { ...valid.needs, singleGal: true } });
    expect(r.ok && r.profile).toMatchObject({
      organisation: { name: '' },
      largestMailboxGB: 50,
      itemsOver150MB: true,
      pst: { files: 3, totalGB: 12 },
      needs: { singleGal: true },
    });
  });

  it.each([
    [-1, '(got -1)'],
    [2.5, '(got 2.5)'],
    [Number.NaN, '(got NaN)'],
    ['300', '(got "300")'],
    [Number.POSITIVE_INFINITY, '(got Infinity)'],
  ])('rejects mailbox count %s', (mailboxCount, got) => {
    expect(problemsOf({ ...valid, mailboxCount })).toEqual([
      {
        path: 'mailboxCount',
        message: `Mailbox count must be a whole number of 0 or more ${got}.`,
      },
    ]);
  });

  it('rejects an unknown Exchange version and an unknown source kind', () => {
    expect(problemsOf({ ...valid, source: { kind: 'exchange', version: '2012' } })).toEqual([
      {
        path: 'source.version',
        message:
          'Exchange version must be one of 5.5, 2000, 2003, 2007, 2010, 2013, 2016, 2019, SE (got "2012").',
      },
    ]);
    expect(problemsOf({ ...valid, source: { kind: 'lotus-notes' } })[0]?.path).toBe('source.kind');
  });

  it.each([
    ['source', 'source'],
    ['mailboxCount', 'mailboxCount'],
    ['totalDataGB', 'totalDataGB'],
    ['deadlineWeeks', 'deadlineWeeks'],
    ['needs', 'needs'],
    ['directorySync', 'directorySync'],
    ['bandwidthMbps', 'bandwidthMbps'],
    ['enterpriseAgreement', 'enterpriseAgreement'],
    ['country', 'country'],
  ])('reports a missing %s at path %s', (key, path) => {
    const problems = problemsOf(without(key));
    expect(problems.map((p) => p.path)).toEqual([path]);
    expect(problems[0]?.message).not.toMatch(/undefined|NaN|\[object/);
  });

  it('explains missing needs answers one by one', () => {
    expect(problemsOf({ ...valid, needs: {} })).toEqual([
      {
        path: 'needs.freeBusy',
        message:
          'Answer yes or no: is free/busy needed between moved and not-yet-moved people (it is missing).',
      },
      {
        path: 'needs.calendarAndContacts',
        message: 'Answer yes or no: must calendars and contacts move too (it is missing).',
      },
    ]);
  });

  it('rejects a zero or negative deadline and bandwidth, and negative sizes', () => {
    const problems = problemsOf({ ...valid, deadlineWeeks: 0, bandwidthMbps: -5, totalDataGB: -1 });
    expect(problems).toEqual([
      { path: 'totalDataGB', message: 'Total data (GB) must be a number of 0 or more (got -1).' },
      {
        path: 'deadlineWeeks',
        message: 'Deadline in weeks must be a number greater than 0 (got 0).',
      },
      {
        path: 'bandwidthMbps',
        message: 'Upload bandwidth (Mbit/s) must be a number greater than 0 (got -5).',
      },
    ]);
  });

  it('rejects bad country codes, directory sync choices and PST answers', () => {
    expect(problemsOf({ ...valid, country: 'Germany' })[0]).toEqual({
      path: 'country',
      message: 'Country must be a two-letter ISO code such as GB or DE (got "Germany").',
    });
    expect(problemsOf({ ...valid, directorySync: 'sometimes' })[0]?.path).toBe('directorySync');
    expect(problemsOf({ ...valid, pst: { files: -2, totalGB: 1 } })[0]?.path).toBe('pst.files');
    expect(problemsOf({ ...valid, largestMailboxGB: 901 })[0]?.path).toBe('largestMailboxGB');
  });

  it('needs PST files when PST files are the source', () => {
    expect(problemsOf({ ...valid, source: { kind: 'pst-only' } })).toEqual([
      {
        path: 'pst',
        message: 'With PST files as the source, give the number of PST files and their total size.',
      },
    ]);
  });

  it('rejects something that is not a profile at all', () => {
    for (const input of [null, 'profile', 42, []]) {
      expect(problemsOf(input)).toEqual([
        {
          path: '',
          message: 'The profile must be an object holding the answers about the organisation.',
        },
      ]);
    }
  });

  it('reports every problem at once', () => {
    expect(
      problemsOf({
        ...valid,
        mailboxCount: -1,
        country: 1,
        needs: { freeBusy: 'yes', calendarAndContacts: true },
      }).map((p) => p.path),
    ).toEqual(['mailboxCount', 'needs.freeBusy', 'country']);
  });
});
