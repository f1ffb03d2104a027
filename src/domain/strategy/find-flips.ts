import { facts } from '../facts.ts';
import type { MigrationMethod } from '../methods/method-list.ts';
import type { DirectorySync, OrgProfile } from '../profile/profile.ts';
import { chooseMethod } from './decide.ts';
import { count } from './profile-queries.ts';

type Change = { change: string; profile: OrgProfile };

const SYNC_WORDS: Record<DirectorySync, string> = {
  keep: 'kept in sync with Microsoft Entra Connect',
  'one-time': 'synchronized once, then managed in the cloud',
  none: 'not synchronized at all',
};

// The thresholds the rules use, with the first value on the other side of each.
const MAILBOX_STEPS = [10, 11, 149, 150, 151, 499, 500, 2000, 2001, 5000];
const DEADLINE_STEPS = [
  facts.expressHybridMaxWeeks.value,
  3,
  facts.minimalHybridMaxWeeks.value,
  10,
];

/** The nearest step below and above `current` whose profile changes the method. */
function nearestChanges(
  current: number,
  steps: readonly number[],
  method: MigrationMethod,
  make: (n: number) => Change,
): Change[] {
  const changed = steps
    .filter((n) => n !== current)
    .map((n) => ({ n, c: make(n) }))
    .filter(({ c }) => chooseMethod(c.profile) !== method);
  const below = changed.filter(({ n }) => n < current).at(-1);
  const above = changed.find(({ n }) => n > current);
  return [below, above].flatMap((x) => (x === undefined ? [] : [x.c]));
}

function candidates(p: OrgProfile, method: MigrationMethod): Change[] {
  const out: Change[] = [];
  const needs = (patch: Partial<OrgProfile['needs']>) => ({
    ...p,
    needs: { ...p.needs, ...patch },
  });
  out.push({
    change: p.needs.freeBusy
      ? 'If free/busy were not needed during the move'
      : 'If free/busy were needed during the move',
    profile: needs({ freeBusy: !p.needs.freeBusy }),
  });
  out.push({
    change:
      p.needs.singleGal === true
        ? 'If a single address list were not needed during the move'
        : 'If a single address list were needed during the move',
    profile: needs({ singleGal: p.needs.singleGal !== true }),
  });
  out.push({
    change: p.needs.calendarAndContacts
      ? 'If calendars and contacts did not need to move'
      : 'If calendars and contacts had to move too',
    profile: needs({ calendarAndContacts: !p.needs.calendarAndContacts }),
  });
  for (const sync of ['keep', 'one-time', 'none'] as const) {
    if (sync !== p.directorySync) {
      out.push({
        change: `If the directory were ${SYNC_WORDS[sync]}`,
        profile: { ...p, directorySync: sync },
      });
    }
  }
  out.push(
    ...nearestChanges(p.mailboxCount, MAILBOX_STEPS, method, (n) => ({
      change: `With ${count(n)} mailboxes instead of ${count(p.mailboxCount)}`,
      profile: { ...p, mailboxCount: n },
    })),
    ...nearestChanges(p.deadlineWeeks, DEADLINE_STEPS, method, (n) => ({
      change: `With a deadline of ${count(n)} weeks instead of ${count(p.deadlineWeeks)}`,
      profile: { ...p, deadlineWeeks: n },
    })),
  );
  out.push({
    change: p.enterpriseAgreement
      ? 'Without an Enterprise Agreement'
      : 'With an Enterprise Agreement',
    profile: { ...p, enterpriseAgreement: !p.enterpriseAgreement },
  });
  if (facts.driveShippingExcludedCountries.value.includes(p.country)) {
    out.push({
      change: 'If the PST drives were shipped from outside Germany and Switzerland',
      profile: { ...p, country: 'US' },
    });
  }
  for (const factor of [10, 0.1]) {
    const mbps = p.bandwidthMbps * factor;
    out.push({
      change: `With ${count(mbps)} Mbit/s of upload bandwidth instead of ${count(p.bandwidthMbps)}`,
      profile: { ...p, bandwidthMbps: mbps },
    });
  }
  if (p.source.kind === 'exchange' && ['5.5', '2000', '2003', '2007'].includes(p.source.version)) {
    out.push({
      change: 'If the mailboxes were first moved to an Exchange 2016 server (two-hop)',
      profile: { ...p, source: { kind: 'exchange', version: '2016' } },
    });
  }
  return out;
}

/** Input changes that would change the chosen method, each checked by re-running the engine. */
export function findFlips(
  p: OrgProfile,
  method: MigrationMethod,
): { change: string; method: MigrationMethod }[] {
  const seen = new Set<string>();
  const flips: { change: string; method: MigrationMethod }[] = [];
  for (const c of candidates(p, method)) {
    if (seen.has(c.change)) continue;
    seen.add(c.change);
    const other = chooseMethod(c.profile);
    if (other !== method) flips.push({ change: c.change, method: other });
  }
  return flips;
}
