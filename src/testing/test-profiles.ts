import type { ExchangeVersion, OrgProfile } from '../domain/profile/profile.ts';

/** Overrides for a test profile; `needs` and `pst` merge into the base. */
export type ProfilePatch = Partial<Omit<OrgProfile, 'needs'>> & {
  needs?: Partial<OrgProfile['needs']>;
};

/** A mid-sized Exchange 2016 organisation that keeps directory sync: minimal hybrid territory. */
export function testProfile(patch: ProfilePatch = {}): OrgProfile {
  const { needs, ...rest } = patch;
  return {
    organisation: { name: 'Test' },
    source: { kind: 'exchange', version: '2016' },
    mailboxCount: 300,
    totalDataGB: 900,
    deadlineWeeks: 6,
    directorySync: 'keep',
    bandwidthMbps: 100,
    enterpriseAgreement: false,
    country: 'GB',
    ...rest,
    needs: { freeBusy: false, calendarAndContacts: true, ...needs },
  };
}

export function exchange(version: ExchangeVersion): OrgProfile['source'] {
  return { kind: 'exchange', version };
}
