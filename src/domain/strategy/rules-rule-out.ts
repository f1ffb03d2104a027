import { facts } from '../facts.ts';
import { METHOD_LABELS, type MigrationMethod } from '../methods/method-list.ts';
import type { OrgProfile } from '../profile/profile.ts';
import {
  count,
  coexistenceWords,
  exchangeVersion,
  isExchangeIn,
  needsCoexistence,
} from './profile-queries.ts';
import type { RuleOutRule } from './rule.ts';

const HYBRIDS = [
  'full-hybrid',
  'minimal-hybrid',
  'express-hybrid',
] as const satisfies readonly MigrationMethod[];

function sourceName(p: OrgProfile): string {
  switch (p.source.kind) {
    case 'exchange':
      return `Exchange ${p.source.version}`;
    case 'imap':
      return 'an IMAP server';
    case 'google-workspace':
      return 'Google Workspace';
    case 'pst-only':
      return 'PST files';
  }
}

const hybridVersionRules: RuleOutRule[] = HYBRIDS.flatMap((method): RuleOutRule[] => [
  {
    id: `out-${method}-exchange-2007`,
    decides: 'rule-out',
    method,
    source: 'hybridExchange2007NeedsNewerServer',
    when: (p) => exchangeVersion(p) === '2007',
    text: `${METHOD_LABELS[method]} from Exchange 2007 needs at least one Exchange 2013 server added first; on Exchange 2007 alone it is not possible.`,
  },
  {
    id: `out-${method}-source`,
    decides: 'rule-out',
    method,
    source: 'hybridSources',
    when: (p) => exchangeVersion(p) !== '2007' && !isExchangeIn(p, facts.hybridSources.value),
    text: (p) =>
      `${METHOD_LABELS[method]} needs Exchange 2010 or later on-premises; the mailboxes are on ${sourceName(p)}.`,
  },
]);

const coexistenceRules: RuleOutRule[] = (['minimal-hybrid', 'express-hybrid'] as const).map(
  (method) => ({
    id: `out-${method}-coexistence`,
    decides: 'rule-out',
    method,
    source: 'fullHybridFreeBusy',
    // Only where full hybrid is possible (directory kept in sync): otherwise no method gives
    // free/busy, and ruling these out would only push the answer to cutover, which lacks it too.
    when: (p: OrgProfile) =>
      p.source.kind === 'exchange' && needsCoexistence(p) && p.directorySync === 'keep',
    text: (p: OrgProfile) =>
      `${METHOD_LABELS[method]} gives no ${coexistenceWords(p)} across premises during the move; only full hybrid does.`,
  }),
);

/** Order is the order reasons are printed in; each rule is independent of the others. */
export const RULE_OUT_RULES: readonly RuleOutRule[] = [
  ...hybridVersionRules,
  {
    id: 'out-full-hybrid-dirsync',
    decides: 'rule-out',
    method: 'full-hybrid',
    source: 'hybridNeedsDirSync',
    when: (p) => p.source.kind === 'exchange' && p.directorySync !== 'keep',
    text: 'Full hybrid keeps Microsoft Entra Connect directory synchronization running; the organisation will not keep syncing its directory.',
  },
  {
    id: 'out-minimal-hybrid-dirsync',
    decides: 'rule-out',
    method: 'minimal-hybrid',
    source: 'minimalHybridSyncModel',
    when: (p) => p.source.kind === 'exchange' && p.directorySync === 'none',
    text: 'Minimal hybrid needs the directory synchronized to Microsoft Entra ID (at least once); no synchronization is planned.',
  },
  {
    id: 'out-express-hybrid-dirsync',
    decides: 'rule-out',
    method: 'express-hybrid',
    source: 'expressOneTimeSync',
    when: (p) => p.source.kind === 'exchange' && p.directorySync !== 'one-time',
    text: (p) =>
      p.directorySync === 'keep'
        ? 'Express migration syncs the directory once and then switches synchronization off; the organisation wants to keep syncing.'
        : 'Express migration needs a one-time directory synchronization of users and passwords; no synchronization is planned.',
  },
  ...coexistenceRules,
  {
    id: 'out-cutover-source',
    decides: 'rule-out',
    method: 'cutover',
    source: 'cutoverSources',
    when: (p) => !isExchangeIn(p, [...facts.cutoverSources.value, 'SE']),
    text: (p) =>
      `Cutover works from Exchange 2003 or later; the mailboxes are on ${sourceName(p)}.`,
  },
  {
    id: 'out-cutover-size',
    decides: 'rule-out',
    method: 'cutover',
    source: 'cutoverMaxMailboxes',
    when: (p) => p.mailboxCount > facts.cutoverMaxMailboxes.value,
    text: (p) => `${count(p.mailboxCount)} mailboxes exceed the cutover limit of 2,000.`,
  },
  {
    id: 'out-cutover-dirsync',
    decides: 'rule-out',
    method: 'cutover',
    source: 'cutoverDirSyncOff',
    when: (p) => p.source.kind === 'exchange' && p.directorySync === 'keep',
    text: 'Cutover needs directory synchronization turned off and creates cloud-only accounts; the organisation wants to keep syncing its directory.',
  },
  {
    id: 'out-staged-source',
    decides: 'rule-out',
    method: 'staged',
    source: 'stagedSources',
    when: (p) => !isExchangeIn(p, facts.stagedSources.value),
    text: (p) =>
      `Staged migration works only from Exchange 2003 and 2007; the mailboxes are on ${sourceName(p)}.`,
  },
  {
    id: 'out-staged-dirsync',
    decides: 'rule-out',
    method: 'staged',
    source: 'stagedNeedsDirSync',
    when: (p) => p.source.kind === 'exchange' && p.directorySync === 'none',
    text: 'Staged migration requires directory synchronization; no synchronization is planned.',
  },
  {
    id: 'out-imap-exchange-2010',
    decides: 'rule-out',
    method: 'imap',
    source: 'imapNotFromExchange2010',
    when: (p) => exchangeVersion(p) === facts.imapNotFromExchange2010.value,
    text: 'IMAP migration from Exchange 2010 fails: its IMAP service offers only TLS 1.0 and Exchange Online requires TLS 1.2.',
  },
  {
    id: 'out-imap-no-server',
    decides: 'rule-out',
    method: 'imap',
    source: 'imapAnyServer',
    when: (p) => p.source.kind === 'pst-only',
    text: 'IMAP migration copies from a running mail server; here there are only PST files.',
  },
  {
    id: 'out-google-workspace-source',
    decides: 'rule-out',
    method: 'google-workspace',
    source: 'googleSourceOnly',
    when: (p) => p.source.kind !== 'google-workspace',
    text: (p) =>
      `Google Workspace migration moves mailboxes from Google Workspace only; the mailboxes are on ${sourceName(p)}.`,
  },
  {
    id: 'out-outlook-pst-size',
    decides: 'rule-out',
    method: 'outlook-pst',
    source: 'outlookPstMaxUsers',
    when: (p) => p.mailboxCount > facts.outlookPstMaxUsers.value,
    text: (p) =>
      `Importing PST files by hand in Outlook is practical for about 10 users or fewer, not ${count(p.mailboxCount)}.`,
  },
  {
    id: 'out-pst-import-drive-no-ea',
    decides: 'rule-out',
    method: 'pst-import-drive',
    source: 'driveShippingNeedsEA',
    when: (p) => !p.enterpriseAgreement,
    text: 'Drive shipping is available only with an Enterprise Agreement.',
  },
  {
    id: 'out-pst-import-drive-country',
    decides: 'rule-out',
    method: 'pst-import-drive',
    source: 'driveShippingExcludedCountries',
    when: (p) => facts.driveShippingExcludedCountries.value.includes(p.country),
    text: (p) =>
      `Drive shipping is not available in Germany or Switzerland (country: ${p.country}).`,
  },
];
