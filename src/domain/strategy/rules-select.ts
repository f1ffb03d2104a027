import { facts } from '../facts.ts';
import type { OrgProfile } from '../profile/profile.ts';
import {
  count,
  coexistenceWords,
  days,
  isExchangeIn,
  needsCoexistence,
  pstGB,
  SHIPPING_HOURS,
  uploadHours,
  uploadSlowerThanShipping,
} from './profile-queries.ts';
import type { SelectRule } from './rule.ts';

const cutoverMax = facts.cutoverMaxMailboxes.value;
const cutoverIdeal = facts.cutoverRecommendedMax.value;
const expressMaxMailboxes = facts.expressHybridMaxMailboxes.value;
const expressMaxWeeks = facts.expressHybridMaxWeeks.value;
const minimalMaxWeeks = facts.minimalHybridMaxWeeks.value;

const isPstOnly = (p: OrgProfile): boolean => p.source.kind === 'pst-only';

/**
 * Tried in order; rule-outs (rules-rule-out.ts) already removed the methods a source can't use,
 * so the Exchange rules below need no version checks: e.g. the full hybrid rules simply never
 * fire for Exchange 2003, and the staged rules never fire for Exchange 2010 or later.
 */
export const SELECT_RULES: readonly SelectRule[] = [
  {
    id: 'select-google-workspace',
    decides: 'select',
    method: 'google-workspace',
    source: 'googleMovesAll',
    when: (p) => p.source.kind === 'google-workspace',
    text: 'Google Workspace migration is the native path from Google Workspace and moves mail, calendar, contacts and rules.',
  },
  {
    id: 'select-imap-legacy-exchange',
    decides: 'select',
    method: 'imap',
    source: 'imapOnlyForExchange2000',
    when: (p) => isExchangeIn(p, facts.imapOnlyForExchange2000.value),
    text: 'For Exchange 2000 or earlier, IMAP migration is the only option Microsoft offers.',
  },
  {
    id: 'select-imap-other-server',
    decides: 'select',
    method: 'imap',
    source: 'imapAnyServer',
    when: (p) => p.source.kind === 'imap',
    text: 'IMAP migration is the path for mail servers other than Exchange and Google Workspace.',
  },
  {
    id: 'select-pst-import-drive',
    decides: 'select',
    method: 'pst-import-drive',
    source: 'networkUploadEfficiency',
    when: (p) => isPstOnly(p) && uploadSlowerThanShipping(pstGB(p), p.bandwidthMbps),
    text: (p) =>
      `Uploading ${count(pstGB(p))} GB at ${count(p.bandwidthMbps)} Mbit/s would take ${days(uploadHours(pstGB(p), p.bandwidthMbps))}, longer than the ${days(SHIPPING_HOURS)} drive shipping takes.`,
  },
  {
    id: 'select-outlook-pst',
    decides: 'select',
    method: 'outlook-pst',
    source: 'outlookPstMaxUsers',
    when: isPstOnly,
    text: (p) =>
      `With ${count(p.mailboxCount)} users, each can import their own PST files in Outlook.`,
  },
  {
    id: 'select-pst-import-network',
    decides: 'select',
    method: 'pst-import-network',
    source: 'pstAnySource',
    when: isPstOnly,
    text: 'The Import service with network upload is free, starts at once and brings everything the PST files hold.',
  },
  {
    id: 'select-full-hybrid-coexistence',
    decides: 'select',
    method: 'full-hybrid',
    source: 'fullHybridFreeBusy',
    when: needsCoexistence,
    text: (p) =>
      `The move needs ${coexistenceWords(p)} across premises, and only full hybrid provides it.`,
  },
  {
    id: 'select-full-hybrid-large',
    decides: 'select',
    method: 'full-hybrid',
    source: 'hybridRemoteMoveAbove2000',
    when: (p) => p.mailboxCount > cutoverMax,
    text: (p) =>
      `${count(p.mailboxCount)} mailboxes (more than 2,000) from Exchange 2010 or later: Microsoft's choice is a hybrid remote move.`,
  },
  {
    id: 'select-full-hybrid-long',
    decides: 'select',
    method: 'full-hybrid',
    source: 'minimalHybridMaxWeeks',
    when: (p) => p.deadlineWeeks > minimalMaxWeeks,
    text: (p) =>
      `A move over ${count(p.deadlineWeeks)} weeks means long coexistence; minimal hybrid is meant for moves finished within a couple of months (${minimalMaxWeeks} weeks).`,
  },
  {
    id: 'select-express-hybrid',
    decides: 'select',
    method: 'express-hybrid',
    source: 'expressHybridMaxMailboxes',
    when: (p) => p.mailboxCount < expressMaxMailboxes && p.deadlineWeeks <= expressMaxWeeks,
    text: (p) =>
      `A small organisation (${count(p.mailboxCount)} mailboxes, fewer than 500) finishing within ${expressMaxWeeks} weeks with a one-time directory sync fits express migration; Microsoft strongly recommends it over cutover for Exchange 2010 and later.`,
  },
  {
    id: 'select-minimal-hybrid',
    decides: 'select',
    method: 'minimal-hybrid',
    source: 'minimalHybridSize',
    when: (p) => p.mailboxCount <= cutoverMax,
    text: (p) =>
      `${count(p.mailboxCount)} mailboxes (up to a couple of thousand) without free/busy needs fit minimal hybrid; mailboxes move online and Outlook profiles are kept.`,
  },
  {
    id: 'select-cutover-small',
    decides: 'select',
    method: 'cutover',
    source: 'cutoverRecommendedMax',
    when: (p) => p.mailboxCount <= cutoverIdeal,
    text: (p) =>
      `${count(p.mailboxCount)} mailboxes is within the 150 Microsoft recommends for cutover: one batch, moved in days.`,
  },
  {
    id: 'select-staged-large',
    decides: 'select',
    method: 'staged',
    source: 'stagedRecommendedAbove',
    when: (p) => p.mailboxCount > cutoverMax,
    text: (p) =>
      `${count(p.mailboxCount)} mailboxes (more than 2,000) from Exchange 2003/2007: Microsoft's choice is a staged migration, in batches of up to 2,000.`,
  },
  {
    id: 'select-staged-over-150',
    decides: 'select',
    method: 'staged',
    source: 'legacyStagedAbove150',
    when: (p) => p.mailboxCount > cutoverIdeal,
    text: (p) =>
      `${count(p.mailboxCount)} mailboxes (more than 150) from Exchange 2003/2007: Microsoft recommends staged over cutover.`,
  },
  {
    id: 'select-staged-dirsync',
    decides: 'select',
    method: 'staged',
    source: 'stagedNeedsDirSync',
    when: (p) => p.directorySync === 'keep',
    text: 'The directory stays in sync, which staged migration works with; Microsoft lists staged for Exchange 2003/2007 organisations managed on-premises.',
  },
  {
    id: 'select-cutover-limit',
    decides: 'select',
    method: 'cutover',
    source: 'cutoverMaxMailboxes',
    when: (p) => p.mailboxCount <= cutoverMax,
    text: (p) => `${count(p.mailboxCount)} mailboxes is within cutover's limit of 2,000.`,
  },
  {
    id: 'select-minimal-hybrid-large',
    decides: 'select',
    method: 'minimal-hybrid',
    source: 'hybridRemoteMoveAbove2000',
    when: (p) => p.mailboxCount > cutoverMax,
    text: (p) =>
      `Above 2,000 mailboxes (${count(p.mailboxCount)}) Microsoft's answer is a hybrid remote move; without ongoing directory sync, minimal hybrid is the hybrid that fits.`,
  },
  {
    id: 'select-fallback-pst-import-network',
    decides: 'select',
    method: 'pst-import-network',
    source: 'pstAnySource',
    when: () => true,
    fallback: true,
    text: 'No direct migration fits these answers; mailboxes exported to PST files can always be brought in with the Import service (see the changes that would allow a direct migration).',
  },
];
