import type { OrgProfile } from './profile.ts';

/**
 * A valid starting point for the wizard: a mid-sized Exchange 2016 organisation with no
 * coexistence needs. Every answer is meant to be overwritten; it exists so the form always
 * holds a profile that `validateProfile` accepts. The country is a placeholder too.
 */
export function defaultProfile(): OrgProfile {
  return {
    organisation: { name: '' },
    source: { kind: 'exchange', version: '2016' },
    mailboxCount: 0,
    totalDataGB: 0,
    deadlineWeeks: 4,
    needs: { freeBusy: false, calendarAndContacts: true, singleGal: false },
    directorySync: 'keep',
    bandwidthMbps: 100,
    enterpriseAgreement: false,
    country: 'US',
  };
}
