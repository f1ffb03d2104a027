import { got, isObject, Reader, type Obj } from './profile-reader.ts';
import type { Problem } from '../result.ts';

export const EXCHANGE_VERSIONS = [
  '5.5',
  '2000',
  '2003',
  '2007',
  '2010',
  '2013',
  '2016',
  '2019',
  'SE',
] as const;

export type ExchangeVersion = (typeof EXCHANGE_VERSIONS)[number];

export const SOURCE_KINDS = ['exchange', 'imap', 'google-workspace', 'pst-only'] as const;

/** `imap` is any IMAP4 server that is not Exchange (Exchange is always `exchange` with its version). */
export type SourceSystem =
  | { kind: 'exchange'; version: ExchangeVersion }
  | { kind: 'imap' }
  | { kind: 'google-workspace' }
  | { kind: 'pst-only' };

/** Will the organisation keep syncing its on-premises directory to Microsoft Entra ID? */
export const DIRECTORY_SYNC_CHOICES = ['keep', 'one-time', 'none'] as const;
export type DirectorySync = (typeof DIRECTORY_SYNC_CHOICES)[number];

/**
 * The wizard's answers about an organisation: the only input of the decision engine.
 * A plain JSON object (stored in IndexedDB and in plan files), so no Dates, Maps or classes.
 */
export type OrgProfile = {
  organisation: { name: string };
  source: SourceSystem;
  /** Mailboxes to move (user, shared and resource), a whole number of 0 or more. */
  mailboxCount: number;
  totalDataGB: number;
  largestMailboxGB?: number;
  /** Does any mailbox hold items over 150 MB (Exchange Online's message size ceiling)? */
  itemsOver150MB?: boolean;
  /** Weeks from the start until the last mailbox must be in Exchange Online. */
  deadlineWeeks: number;
  needs: {
    /** Free/busy between people already moved and people not yet moved. */
    freeBusy: boolean;
    /** Calendars and contacts must arrive in Exchange Online, not only mail. */
    calendarAndContacts: boolean;
    /** One shared address list (GAL) for both sides while the move runs. */
    singleGal?: boolean;
  };
  directorySync: DirectorySync;
  /** PST files to import; required when the source is `pst-only`. */
  pst?: { files: number; totalGB: number };
  /** Upload bandwidth available for the migration, in Mbit/s. */
  bandwidthMbps: number;
  enterpriseAgreement: boolean;
  /** ISO 3166-1 alpha-2 country code, upper case (e.g. `DE`). */
  country: string;
};

export type ProfileProblem = Problem;

export type ValidateProfileResult =
  { ok: true; profile: OrgProfile } | { ok: false; problems: ProfileProblem[] };

/**
 * Checks untrusted input (a form, a plan file, IndexedDB) and returns a fresh profile with only
 * the known fields, so stray keys never reach storage. Country codes are upper-cased.
 */
export function validateProfile(input: unknown): ValidateProfileResult {
  const problems: ProfileProblem[] = [];
  const profile = readProfile(input, new Reader(problems));
  if (problems.length > 0 || profile === null) {
    return { ok: false, problems };
  }
  return { ok: true, profile };
}

function readProfile(input: unknown, r: Reader): OrgProfile | null {
  if (!isObject(input)) {
    r.fail('', 'The profile must be an object holding the answers about the organisation.');
    return null;
  }
  const organisation = readOrganisation(input, r);
  const source = readSource(input, r);
  const mailboxCount = r.wholeNumber(input, 'mailboxCount', 'mailboxCount', 'Mailbox count');
  const totalDataGB = r.amount(input, 'totalDataGB', 'totalDataGB', 'Total data (GB)');
  const deadlineWeeks = r.amount(
    input,
    'deadlineWeeks',
    'deadlineWeeks',
    'Deadline in weeks',
    true,
  );
  const needs = readNeeds(input, r);
  const directorySync = r.oneOf(
    input,
    'directorySync',
    'directorySync',
    DIRECTORY_SYNC_CHOICES,
    'Directory sync',
  );
  const bandwidthMbps = r.amount(
    input,
    'bandwidthMbps',
    'bandwidthMbps',
    'Upload bandwidth (Mbit/s)',
    true,
  );
  const enterpriseAgreement = r.flag(
    input,
    'enterpriseAgreement',
    'enterpriseAgreement',
    'does the organisation have a Microsoft Enterprise Agreement',
  );
  const country = readCountry(input, r);
  const profile: OrgProfile = {
    organisation,
    source: source ?? { kind: 'imap' }, // placeholder only: a problem is already recorded
    mailboxCount,
    totalDataGB,
    deadlineWeeks,
    needs,
    directorySync: directorySync ?? 'none',
    bandwidthMbps,
    enterpriseAgreement,
    country,
  };
  readOptionalFields(input, profile, r);
  return profile;
}

function readOrganisation(input: Obj, r: Reader): OrgProfile['organisation'] {
  if (input.organisation === undefined) return { name: '' };
  const org = r.object(
    input,
    'organisation',
    'organisation',
    'Organisation must be an object with a name.',
  );
  if (org === null || org.name === undefined) return { name: '' };
  if (typeof org.name === 'string') return { name: org.name };
  r.fail('organisation.name', 'Organisation name must be text.');
  return { name: '' };
}

function readNeeds(input: Obj, r: Reader): OrgProfile['needs'] {
  const needsObj = r.object(
    input,
    'needs',
    'needs',
    'Say what must keep working during the move (free/busy, calendars and contacts).',
  );
  const needs: OrgProfile['needs'] = {
    freeBusy: needsObj
      ? r.flag(
          needsObj,
          'freeBusy',
          'needs.freeBusy',
          'is free/busy needed between moved and not-yet-moved people',
        )
      : false,
    calendarAndContacts: needsObj
      ? r.flag(
          needsObj,
          'calendarAndContacts',
          'needs.calendarAndContacts',
          'must calendars and contacts move too',
        )
      : false,
  };
  if (needsObj && needsObj.singleGal !== undefined) {
    needs.singleGal = r.flag(
      needsObj,
      'singleGal',
      'needs.singleGal',
      'is one shared address list needed during the move',
    );
  }
  return needs;
}

function readSource(input: Obj, r: Reader): SourceSystem | null {
  const src = r.object(
    input,
    'source',
    'source',
    'Choose the system the mailboxes come from (source).',
  );
  if (src === null) return null;
  const kind = r.oneOf(src, 'kind', 'source.kind', SOURCE_KINDS, 'Source system');
  if (kind !== 'exchange') return kind === null ? null : { kind };
  const version = r.oneOf(src, 'version', 'source.version', EXCHANGE_VERSIONS, 'Exchange version');
  return version === null ? null : { kind, version };
}

function readCountry(input: Obj, r: Reader): string {
  const value = input.country;
  if (typeof value === 'string' && /^[A-Za-z]{2}$/.test(value)) return value.toUpperCase();
  r.fail('country', `Country must be a two-letter ISO code such as GB or DE${got(value)}.`);
  return '';
}

function readOptionalFields(input: Obj, profile: OrgProfile, r: Reader): void {
  if (input.largestMailboxGB !== undefined) {
    profile.largestMailboxGB = r.amount(
      input,
      'largestMailboxGB',
      'largestMailboxGB',
      'Largest mailbox (GB)',
    );
    if (profile.largestMailboxGB > profile.totalDataGB) {
      r.fail('largestMailboxGB', 'Largest mailbox (GB) cannot be more than the total data (GB).');
    }
  }
  if (input.itemsOver150MB !== undefined) {
    profile.itemsOver150MB = r.flag(
      input,
      'itemsOver150MB',
      'itemsOver150MB',
      'does any mailbox hold items over 150 MB',
    );
  }
  if (input.pst !== undefined) {
    const pst = r.object(
      input,
      'pst',
      'pst',
      'PST files must be given as a number of files and their total size.',
    );
    if (pst !== null) {
      profile.pst = {
        files: r.wholeNumber(pst, 'files', 'pst.files', 'Number of PST files'),
        totalGB: r.amount(pst, 'totalGB', 'pst.totalGB', 'Total PST size (GB)'),
      };
    }
  } else if (profile.source.kind === 'pst-only') {
    r.fail(
      'pst',
      'With PST files as the source, give the number of PST files and their total size.',
    );
  }
}
