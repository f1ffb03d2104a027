import { facts } from '../facts.ts';
import type { MigrationMethod } from '../methods/method-list.ts';
import type { OrgProfile } from '../profile/profile.ts';
import {
  coexistenceWords,
  count,
  exchangeVersion,
  isExchangeIn,
  needsCoexistence,
} from './profile-queries.ts';
import type { Verdict, WarnRule } from './rule.ts';

type Ctx = Verdict & { companions: readonly MigrationMethod[] };

const IMPORT_SERVICE: readonly MigrationMethod[] = ['pst-import-network', 'pst-import-drive'];
const HYBRIDS: readonly MigrationMethod[] = ['full-hybrid', 'minimal-hybrid', 'express-hybrid'];

const uses = (v: Ctx, methods: readonly MigrationMethod[]): boolean =>
  methods.includes(v.method) || v.companions.some((m) => methods.includes(m));
const largest = (p: OrgProfile): number => p.largestMailboxGB ?? 0;
const avgPstGB = (p: OrgProfile): number =>
  p.pst && p.pst.files > 0 ? p.pst.totalGB / p.pst.files : 0;

// "Hybrid needs the dedicated Exchange hybrid app in Entra ID from October 2025" is not in
// reference.md, so there is deliberately no rule for it (open question, not a guess).
export const WARN_RULES: readonly WarnRule[] = [
  {
    id: 'warn-exchange-out-of-support',
    decides: 'warn',
    source: 'exchangeOutOfSupport',
    when: (p) => isExchangeIn(p, facts.exchangeOutOfSupport.value),
    text: (p) =>
      `Exchange ${exchangeVersion(p)} is out of support: plan the move without waiting for fixes from Microsoft.`,
  },
  {
    id: 'warn-cutover-dirsync',
    decides: 'warn',
    source: 'cutoverDirSyncOff',
    when: (p, v) => v.method === 'cutover' && p.directorySync !== 'none',
    text: 'Turn directory synchronization off before the cutover; the cutover batch cannot be created while it is on.',
  },
  {
    id: 'warn-cutover-over-150',
    decides: 'warn',
    source: 'cutoverRecommendedMax',
    when: (p, v) => v.method === 'cutover' && p.mailboxCount > facts.cutoverRecommendedMax.value,
    text: (p) =>
      `Cutover with ${count(p.mailboxCount)} mailboxes is above the 150 Microsoft recommends: performance suffers.`,
  },
  {
    id: 'warn-cutover-exchange-se',
    decides: 'warn',
    source: 'cutoverSources',
    when: (p, v) => v.method === 'cutover' && exchangeVersion(p) === 'SE',
    text: 'No Microsoft page names Exchange SE as a cutover source: verify Outlook Anywhere with the Remote Connectivity Analyzer first.',
  },
  {
    id: 'warn-licence-full-hybrid',
    decides: 'warn',
    source: 'licenceAfterHybridMove',
    when: (_p, v) => v.method === 'full-hybrid',
    text: 'Assign Exchange Online licences only after each mailbox has moved (within 30 days); a licence before the move can create a second, empty cloud mailbox.',
  },
  {
    id: 'warn-licence-express-minimal',
    decides: 'warn',
    source: 'licenceBeforeExpressMove',
    when: (_p, v) => v.method === 'minimal-hybrid' || v.method === 'express-hybrid',
    text: "Assign licences before starting each user's move on the Data migration page.",
  },
  {
    id: 'warn-licence-grace',
    decides: 'warn',
    source: 'licenceGraceDays',
    when: (_p, v) => v.method === 'cutover' || v.method === 'staged',
    text: 'License migrated mailboxes within 30 days, or they are disabled.',
  },
  {
    id: 'warn-licence-imap',
    decides: 'warn',
    source: 'imapLicenceFirst',
    when: (_p, v) => v.method === 'imap',
    text: 'Create and license the Exchange Online mailboxes before the IMAP migration starts.',
  },
  {
    id: 'warn-licence-google',
    decides: 'warn',
    source: 'googleLicenceAfterStart',
    when: (_p, v) => v.method === 'google-workspace',
    text: 'Assign licences after each batch starts (mail users become mailboxes), within 30 days.',
  },
  {
    id: 'warn-large-items-pst',
    decides: 'warn',
    source: 'pstMaxItemMB',
    when: (p, v) => p.itemsOver150MB === true && uses(v, IMPORT_SERVICE),
    text: 'The Import service skips items larger than 150 MB: save them elsewhere first.',
  },
  {
    id: 'warn-large-items',
    decides: 'warn',
    source: 'exoMaxMessageMB',
    when: (p, v) => p.itemsOver150MB === true && !IMPORT_SERVICE.includes(v.method),
    text: 'Items over 150 MB cannot enter Exchange Online (hybrid moves fail on them): remove or export them before the move.',
  },
  {
    id: 'warn-imap-35mb',
    decides: 'warn',
    source: 'imapMaxMessageMB',
    when: (_p, v) => v.method === 'imap',
    text: 'IMAP migration skips messages larger than 35 MB: tell users which mail will not arrive.',
  },
  {
    id: 'warn-imap-mail-only',
    decides: 'warn',
    source: 'imapMailOnly',
    when: (p, v) => v.method === 'imap' && p.needs.calendarAndContacts,
    text: 'IMAP moves email only: calendars and contacts must come separately (see the PST companion).',
  },
  {
    id: 'warn-gmail-imap-cap',
    decides: 'warn',
    source: 'gmailImapDailyCap',
    when: (p) => p.source.kind === 'google-workspace',
    text: 'If IMAP is used instead, Gmail lets each account download only about 2.5 GB a day; going over suspends IMAP for up to 24 hours.',
  },
  {
    id: 'warn-mailbox-over-100gb',
    decides: 'warn',
    source: 'largeMailboxGB',
    when: (p) =>
      largest(p) > facts.largeMailboxGB.value && largest(p) <= facts.onboardingMaxMailboxGB.value,
    text: (p) =>
      `The largest mailbox (${count(largest(p))} GB) is over 100 GB: beyond the E3/E5 primary quota and up to 30-45 days to move; plan an archive or a clean-up.`,
  },
  {
    id: 'warn-mailbox-over-200gb',
    decides: 'warn',
    source: 'onboardingMaxMailboxGB',
    when: (p) => largest(p) > facts.onboardingMaxMailboxGB.value,
    text: (p) =>
      `The largest mailbox (${count(largest(p))} GB) is over 200 GB: Microsoft does not support onboarding it; split or clean it up first.`,
  },
  {
    id: 'warn-pst-mapping-rows',
    decides: 'warn',
    source: 'pstMaxRowsPerMapping',
    when: (p, v) =>
      uses(v, IMPORT_SERVICE) && (p.pst?.files ?? 0) > facts.pstMaxRowsPerMapping.value,
    text: (p) =>
      `${count(p.pst?.files ?? 0)} PST files need ${count(Math.ceil((p.pst?.files ?? 0) / 500))} import jobs: a mapping file holds at most 500 rows.`,
  },
  {
    id: 'warn-pst-file-size',
    decides: 'warn',
    source: 'pstRecommendedMaxFileGB',
    when: (p, v) => uses(v, IMPORT_SERVICE) && avgPstGB(p) > facts.pstRecommendedMaxFileGB.value,
    text: (p) =>
      `The PST files average ${count(Math.round(avgPstGB(p)))} GB, over the 20 GB recommended per file: split them, as larger files import slowly or get stuck.`,
  },
  {
    id: 'warn-drive-shipping-deadline',
    decides: 'warn',
    source: 'driveShippingTurnaroundDays',
    when: (p, v) =>
      uses(v, ['pst-import-drive']) &&
      p.deadlineWeeks * 7 < facts.driveShippingTurnaroundDays.value,
    text: 'Microsoft uploads shipped drives 7-10 business days after they arrive: that alone is longer than the deadline.',
  },
  {
    id: 'warn-coexistence-unavailable',
    decides: 'warn',
    source: 'fullHybridFreeBusy',
    when: (p, v) => needsCoexistence(p) && v.method !== 'full-hybrid',
    text: (p) =>
      `Only full hybrid gives ${coexistenceWords(p)} during the move, and these answers rule it out: expect a period without it.`,
  },
  {
    id: 'warn-exchange-2007-hybrid',
    decides: 'warn',
    source: 'hybridExchange2007NeedsNewerServer',
    when: (p) => exchangeVersion(p) === '2007' && needsCoexistence(p),
    text: 'To get hybrid coexistence from Exchange 2007, add at least one Exchange 2013 server first.',
  },
  {
    id: 'warn-partner',
    decides: 'warn',
    source: 'partnerAbove',
    when: (p) => p.mailboxCount >= facts.partnerAbove.value,
    text: (p) =>
      `With ${count(p.mailboxCount)} mailboxes (5,000 or more) Microsoft suggests working with a migration partner.`,
  },
  {
    id: 'warn-hybrid-2019-licence',
    decides: 'warn',
    source: 'hybridFreeServerLicence',
    when: (p, v) => HYBRIDS.includes(v.method) && exchangeVersion(p) === '2019',
    text: 'The free hybrid server licence does not cover Exchange 2019: the hybrid server needs a paid licence.',
  },
];
