import { describe, expect, it } from 'vitest';
import { chooseMethod, decide } from './decide.ts';
import { findFlips } from './find-flips.ts';
import { recommend } from './recommend.ts';
import { exchange, testProfile } from '../../testing/test-profiles.ts';

describe('findFlips', () => {
  it('names the coexistence, sync, size and deadline changes that leave minimal hybrid', () => {
    const p = testProfile();
    expect(findFlips(p, decide(p).method)).toEqual([
      { change: 'If free/busy were needed during the move', method: 'full-hybrid' },
      { change: 'If a single address list were needed during the move', method: 'full-hybrid' },
      { change: 'If the directory were not synchronized at all', method: 'cutover' },
      { change: 'With 2,001 mailboxes instead of 300', method: 'full-hybrid' },
      { change: 'With a deadline of 10 weeks instead of 6', method: 'full-hybrid' },
    ]);
  });

  it('finds "free/busy not needed → minimal hybrid" for a full hybrid chosen for free/busy', () => {
    const flips = recommend(testProfile({ needs: { freeBusy: true } })).flips;
    expect(flips).toContainEqual({
      change: 'If free/busy were not needed during the move',
      method: 'minimal-hybrid',
    });
  });

  it('offers the nearest mailbox counts on both sides of a threshold', () => {
    const flips = recommend(
      testProfile({ mailboxCount: 600, deadlineWeeks: 2, directorySync: 'one-time' }),
    ).flips;
    expect(flips).toContainEqual({
      change: 'With 499 mailboxes instead of 600',
      method: 'express-hybrid',
    });
    const express = recommend(
      testProfile({ mailboxCount: 300, deadlineWeeks: 1, directorySync: 'one-time' }),
    );
    expect(express.method).toBe('express-hybrid');
    expect(express.flips).toContainEqual({
      change: 'With 500 mailboxes instead of 300',
      method: 'minimal-hybrid',
    });
  });

  it('suggests the two-hop upgrade and drive-shipping changes where they matter', () => {
    expect(
      recommend(
        testProfile({ source: exchange('2003'), mailboxCount: 3000, directorySync: 'keep' }),
      ).flips,
    ).toContainEqual({
      change: 'If the mailboxes were first moved to an Exchange 2016 server (two-hop)',
      method: 'full-hybrid',
    });
    const pst = testProfile({
      source: { kind: 'pst-only' },
      mailboxCount: 50,
      pst: { files: 400, totalGB: 50_000 },
      country: 'DE',
      enterpriseAgreement: true,
    });
    expect(recommend(pst).flips).toContainEqual({
      change: 'If the PST drives were shipped from outside Germany and Switzerland',
      method: 'pst-import-drive',
    });
  });

  it('only lists changes that really change the method', () => {
    const p = testProfile({ source: { kind: 'google-workspace' } });
    expect(recommend(p).flips).toEqual([]);
    for (const f of recommend(testProfile({ needs: { freeBusy: true } })).flips) {
      expect(f.method).not.toBe('full-hybrid');
    }
  });

  it('chooseMethod agrees with decide', () => {
    for (const p of [
      testProfile(),
      testProfile({ source: exchange('2007'), mailboxCount: 10 }),
      testProfile({ source: { kind: 'imap' } }),
    ]) {
      expect(chooseMethod(p)).toBe(decide(p).method);
    }
  });
});
