import { describe, expect, it } from 'vitest';
import { facts } from '../facts.ts';
import { METHODS, type MigrationMethod } from '../methods/method-list.ts';
import { validateProfile } from '../profile/profile.ts';
import { recommend } from './recommend.ts';
import type { Recommendation } from './recommendation.ts';
import { COMPANION_RULES } from './rules-companion.ts';
import { RULE_OUT_RULES } from './rules-rule-out.ts';
import { SELECT_RULES } from './rules-select.ts';
import { WARN_RULES } from './rules-warn.ts';
import { exchange, testProfile, type ProfilePatch } from '../../testing/test-profiles.ts';

/** Where the row's rule must show up: in `because`, in a method's entry, in warnings, or nowhere. */
type Where =
  'because' | 'ruledOut' | 'alternatives' | 'withLoss' | 'companions' | 'warnings' | 'absent';
type Row = {
  rule: string;
  name: string;
  patch: ProfilePatch;
  method?: MigrationMethod;
  where: Where;
  of?: MigrationMethod;
};

const pstOnly = { kind: 'pst-only' } as const;
const bigPst = {
  source: pstOnly,
  mailboxCount: 50,
  pst: { files: 400, totalGB: 50_000 },
  enterpriseAgreement: true,
  country: 'US',
};
// Upload hours = GB × 8 / (Mbps × 0.7 × 3.6); at 100 Mbit/s 14 days (336 h) of upload is 10,584 GB.
const breakEvenGB = (336 * 100 * 0.7 * 3.6) / 8;

// One row per line: the table reads as a specification.
// prettier-ignore
const ROWS: Row[] = [
  // ---- Exchange 2000 or earlier, other IMAP servers
  { rule: 'select-imap-legacy-exchange', name: 'Exchange 5.5 → IMAP', patch: { source: exchange('5.5') }, method: 'imap', where: 'because' },
  { rule: 'select-imap-legacy-exchange', name: 'Exchange 2000 → IMAP', patch: { source: exchange('2000') }, method: 'imap', where: 'because' },
  { rule: 'companion-pst-calendar', name: 'Exchange 2000 with calendars → PST import beside IMAP', patch: { source: exchange('2000') }, method: 'imap', where: 'companions', of: 'pst-import-network' },
  { rule: 'warn-imap-mail-only', name: 'IMAP with calendars warns mail only', patch: { source: exchange('2000') }, method: 'imap', where: 'warnings' },
  { rule: 'select-imap-other-server', name: 'other IMAP server → IMAP', patch: { source: { kind: 'imap' } }, method: 'imap', where: 'because' },
  { rule: 'companion-pst-calendar', name: 'IMAP without calendar needs has no companion', patch: { source: { kind: 'imap' }, needs: { calendarAndContacts: false } }, method: 'imap', where: 'absent' },
  { rule: 'companion-pst-calendar', name: '8 IMAP users import calendars in Outlook', patch: { source: { kind: 'imap' }, mailboxCount: 8 }, method: 'imap', where: 'companions', of: 'outlook-pst' },
  { rule: 'warn-imap-35mb', name: 'IMAP warns about 35 MB messages', patch: { source: { kind: 'imap' } }, method: 'imap', where: 'warnings' },
  { rule: 'warn-licence-imap', name: 'IMAP licences first', patch: { source: { kind: 'imap' } }, method: 'imap', where: 'warnings' },
  { rule: 'out-imap-exchange-2010', name: 'no IMAP from Exchange 2010 (TLS 1.0)', patch: { source: exchange('2010') }, where: 'ruledOut', of: 'imap' },
  { rule: 'base-imap', name: 'IMAP from Exchange 2013 works only without calendars', patch: { source: exchange('2013') }, method: 'minimal-hybrid', where: 'withLoss', of: 'imap' },
  { rule: 'base-imap', name: 'IMAP from Exchange 2013 is an alternative when mail alone must move', patch: { source: exchange('2013'), needs: { calendarAndContacts: false } }, method: 'minimal-hybrid', where: 'alternatives', of: 'imap' },
  { rule: 'out-imap-no-server', name: 'no IMAP from PST files', patch: { source: pstOnly, pst: { files: 5, totalGB: 10 } }, where: 'ruledOut', of: 'imap' },
  // ---- Google Workspace
  { rule: 'select-google-workspace', name: 'Google Workspace → native migration', patch: { source: { kind: 'google-workspace' } }, method: 'google-workspace', where: 'because' },
  { rule: 'base-imap', name: 'Google Workspace keeps IMAP, without calendars', patch: { source: { kind: 'google-workspace' } }, method: 'google-workspace', where: 'withLoss', of: 'imap' },
  { rule: 'warn-gmail-imap-cap', name: 'Google warns the 2.5 GB/day IMAP cap', patch: { source: { kind: 'google-workspace' } }, method: 'google-workspace', where: 'warnings' },
  { rule: 'warn-licence-google', name: 'Google licence timing', patch: { source: { kind: 'google-workspace' } }, method: 'google-workspace', where: 'warnings' },
  { rule: 'out-google-workspace-source', name: 'Google path ruled out for Exchange', patch: {}, where: 'ruledOut', of: 'google-workspace' },
  // ---- Exchange 2003 / 2007
  { rule: 'select-cutover-small', name: '2003, 149 mailboxes → cutover', patch: { source: exchange('2003'), mailboxCount: 149, directorySync: 'none' }, method: 'cutover', where: 'because' },
  { rule: 'select-cutover-small', name: '2003, 150 mailboxes → cutover (150 is within)', patch: { source: exchange('2003'), mailboxCount: 150, directorySync: 'none' }, method: 'cutover', where: 'because' },
  { rule: 'select-staged-over-150', name: '2003, 151 mailboxes, sync kept → staged', patch: { source: exchange('2003'), mailboxCount: 151 }, method: 'staged', where: 'because' },
  { rule: 'select-staged-over-150', name: '2007, 151 mailboxes, one-time sync → staged', patch: { source: exchange('2007'), mailboxCount: 151, directorySync: 'one-time' }, method: 'staged', where: 'because' },
  { rule: 'select-cutover-limit', name: '2007, 151, no sync → cutover within 2,000', patch: { source: exchange('2007'), mailboxCount: 151, directorySync: 'none' }, method: 'cutover', where: 'because' },
  { rule: 'warn-cutover-over-150', name: '2007, 151, no sync → cutover warns above 150', patch: { source: exchange('2007'), mailboxCount: 151, directorySync: 'none' }, method: 'cutover', where: 'warnings' },
  { rule: 'select-cutover-limit', name: '2007, 1,500 → cutover (2,000 not 1,000 is the limit)', patch: { source: exchange('2007'), mailboxCount: 1500, directorySync: 'none' }, method: 'cutover', where: 'because' },
  { rule: 'select-cutover-limit', name: '2007, 1,999 → cutover', patch: { source: exchange('2007'), mailboxCount: 1999, directorySync: 'none' }, method: 'cutover', where: 'because' },
  { rule: 'select-cutover-limit', name: '2007, 2,000 → cutover (2,000 is within)', patch: { source: exchange('2007'), mailboxCount: 2000, directorySync: 'none' }, method: 'cutover', where: 'because' },
  { rule: 'out-cutover-size', name: '2007, 2,001 → cutover ruled out', patch: { source: exchange('2007'), mailboxCount: 2001, directorySync: 'none' }, method: 'pst-import-network', where: 'ruledOut', of: 'cutover' },
  { rule: 'select-fallback-pst-import-network', name: '2007, 2,001, no sync → PST fallback', patch: { source: exchange('2007'), mailboxCount: 2001, directorySync: 'none' }, method: 'pst-import-network', where: 'because' },
  { rule: 'select-staged-large', name: '2007, 2,001, sync kept → staged', patch: { source: exchange('2007'), mailboxCount: 2001 }, method: 'staged', where: 'because' },
  { rule: 'select-staged-dirsync', name: '2003, 100, sync kept → staged (cutover needs sync off)', patch: { source: exchange('2003'), mailboxCount: 100 }, method: 'staged', where: 'because' },
  { rule: 'warn-partner', name: '2003, 5,000 → partner suggested', patch: { source: exchange('2003'), mailboxCount: 5000 }, method: 'staged', where: 'warnings' },
  { rule: 'out-full-hybrid-exchange-2007', name: 'no hybrid on Exchange 2007 alone', patch: { source: exchange('2007') }, where: 'ruledOut', of: 'full-hybrid' },
  { rule: 'out-express-hybrid-exchange-2007', name: 'no express on Exchange 2007 alone', patch: { source: exchange('2007') }, where: 'ruledOut', of: 'express-hybrid' },
  { rule: 'out-minimal-hybrid-source', name: 'no minimal hybrid from Exchange 2003', patch: { source: exchange('2003') }, where: 'ruledOut', of: 'minimal-hybrid' },
  { rule: 'out-full-hybrid-source', name: 'no full hybrid from Exchange 2003', patch: { source: exchange('2003') }, where: 'ruledOut', of: 'full-hybrid' },
  { rule: 'warn-exchange-2007-hybrid', name: '2007 with free/busy → add Exchange 2013', patch: { source: exchange('2007'), needs: { freeBusy: true } }, method: 'staged', where: 'warnings' },
  { rule: 'warn-coexistence-unavailable', name: '2003 with free/busy → none available', patch: { source: exchange('2003'), needs: { freeBusy: true } }, method: 'staged', where: 'warnings' },
  { rule: 'warn-cutover-dirsync', name: '2003, one-time sync, cutover → turn sync off', patch: { source: exchange('2003'), mailboxCount: 100, directorySync: 'one-time' }, method: 'cutover', where: 'warnings' },
  { rule: 'warn-cutover-dirsync', name: 'no sync, cutover → nothing to turn off', patch: { source: exchange('2003'), mailboxCount: 100, directorySync: 'none' }, method: 'cutover', where: 'absent' },
  { rule: 'out-staged-dirsync', name: 'staged ruled out without sync', patch: { source: exchange('2003'), mailboxCount: 100, directorySync: 'none' }, where: 'ruledOut', of: 'staged' },
  { rule: 'warn-licence-grace', name: 'cutover licence grace', patch: { source: exchange('2003'), mailboxCount: 100, directorySync: 'none' }, method: 'cutover', where: 'warnings' },
  { rule: 'warn-exchange-out-of-support', name: 'Exchange 2003 out of support', patch: { source: exchange('2003') }, where: 'warnings' },
  { rule: 'warn-exchange-out-of-support', name: 'Exchange SE is supported', patch: { source: exchange('SE') }, where: 'absent' },
  { rule: 'out-staged-source', name: 'no staged from Exchange 2010', patch: { source: exchange('2010') }, where: 'ruledOut', of: 'staged' },
  // ---- Exchange 2010 and later
  { rule: 'select-minimal-hybrid', name: '2010, 300, sync kept → minimal hybrid', patch: { source: exchange('2010') }, method: 'minimal-hybrid', where: 'because' },
  { rule: 'select-minimal-hybrid', name: '2013, 300, sync kept → minimal hybrid', patch: { source: exchange('2013') }, method: 'minimal-hybrid', where: 'because' },
  { rule: 'select-minimal-hybrid', name: '2019, 300, sync kept → minimal hybrid', patch: { source: exchange('2019') }, method: 'minimal-hybrid', where: 'because' },
  { rule: 'select-full-hybrid-coexistence', name: 'free/busy → full hybrid', patch: { needs: { freeBusy: true } }, method: 'full-hybrid', where: 'because' },
  { rule: 'select-full-hybrid-coexistence', name: 'single GAL → full hybrid', patch: { source: exchange('SE'), needs: { singleGal: true } }, method: 'full-hybrid', where: 'because' },
  { rule: 'select-full-hybrid-large', name: '2016, 2,001 → full hybrid', patch: { mailboxCount: 2001 }, method: 'full-hybrid', where: 'because' },
  { rule: 'select-minimal-hybrid', name: '2016, 2,000 → minimal hybrid', patch: { mailboxCount: 2000 }, method: 'minimal-hybrid', where: 'because' },
  { rule: 'select-minimal-hybrid', name: '2016, 1,999 → minimal hybrid', patch: { mailboxCount: 1999 }, method: 'minimal-hybrid', where: 'because' },
  { rule: 'select-full-hybrid-long', name: '10 weeks → full hybrid', patch: { deadlineWeeks: 10 }, method: 'full-hybrid', where: 'because' },
  { rule: 'select-minimal-hybrid', name: '9 weeks → minimal hybrid', patch: { deadlineWeeks: 9 }, method: 'minimal-hybrid', where: 'because' },
  { rule: 'select-express-hybrid', name: '499, 2 weeks, one-time → express', patch: { mailboxCount: 499, deadlineWeeks: 2, directorySync: 'one-time' }, method: 'express-hybrid', where: 'because' },
  { rule: 'select-minimal-hybrid', name: '500, 2 weeks, one-time → minimal (500 is not < 500)', patch: { mailboxCount: 500, deadlineWeeks: 2, directorySync: 'one-time' }, method: 'minimal-hybrid', where: 'because' },
  { rule: 'select-express-hybrid', name: '149, 2 weeks, one-time → express over cutover', patch: { mailboxCount: 149, deadlineWeeks: 2, directorySync: 'one-time' }, method: 'express-hybrid', where: 'because' },
  { rule: 'select-cutover-small', name: '149, one-time → cutover stays an alternative', patch: { mailboxCount: 149, deadlineWeeks: 2, directorySync: 'one-time' }, method: 'express-hybrid', where: 'alternatives', of: 'cutover' },
  { rule: 'select-minimal-hybrid', name: '149, 3 weeks, one-time → minimal', patch: { mailboxCount: 149, deadlineWeeks: 3, directorySync: 'one-time' }, method: 'minimal-hybrid', where: 'because' },
  { rule: 'select-cutover-small', name: '2016, 150, no sync → cutover', patch: { mailboxCount: 150, directorySync: 'none' }, method: 'cutover', where: 'because' },
  { rule: 'select-cutover-limit', name: '2016, 151, no sync → cutover within 2,000', patch: { mailboxCount: 151, directorySync: 'none' }, method: 'cutover', where: 'because' },
  { rule: 'select-fallback-pst-import-network', name: '2016, 2,001, no sync → PST fallback', patch: { mailboxCount: 2001, directorySync: 'none' }, method: 'pst-import-network', where: 'because' },
  { rule: 'select-minimal-hybrid-large', name: '2016, 2,001, one-time sync → minimal hybrid', patch: { mailboxCount: 2001, directorySync: 'one-time' }, method: 'minimal-hybrid', where: 'because' },
  { rule: 'out-full-hybrid-dirsync', name: 'full hybrid needs ongoing sync', patch: { needs: { freeBusy: true }, directorySync: 'one-time' }, where: 'ruledOut', of: 'full-hybrid' },
  { rule: 'out-minimal-hybrid-coexistence', name: 'minimal hybrid has no free/busy', patch: { needs: { freeBusy: true } }, where: 'ruledOut', of: 'minimal-hybrid' },
  { rule: 'out-express-hybrid-coexistence', name: 'express has no single GAL', patch: { needs: { singleGal: true } }, where: 'ruledOut', of: 'express-hybrid' },
  { rule: 'warn-coexistence-unavailable', name: 'free/busy with one-time sync → warned, hybrids stay possible', patch: { needs: { freeBusy: true }, directorySync: 'one-time' }, method: 'minimal-hybrid', where: 'warnings' },
  { rule: 'out-express-hybrid-dirsync', name: 'express needs one-time sync', patch: {}, where: 'ruledOut', of: 'express-hybrid' },
  { rule: 'out-minimal-hybrid-dirsync', name: 'minimal hybrid needs some sync', patch: { directorySync: 'none' }, where: 'ruledOut', of: 'minimal-hybrid' },
  { rule: 'out-cutover-dirsync', name: 'cutover ruled out when sync is kept', patch: {}, where: 'ruledOut', of: 'cutover' },
  { rule: 'warn-hybrid-2019-licence', name: 'Exchange 2019 hybrid server licence', patch: { source: exchange('2019') }, method: 'minimal-hybrid', where: 'warnings' },
  { rule: 'warn-cutover-exchange-se', name: 'SE cutover → verify Outlook Anywhere', patch: { source: exchange('SE'), mailboxCount: 100, directorySync: 'none' }, method: 'cutover', where: 'warnings' },
  { rule: 'warn-licence-full-hybrid', name: 'full hybrid licence after move', patch: { source: exchange('2013'), needs: { freeBusy: true } }, method: 'full-hybrid', where: 'warnings' },
  { rule: 'warn-licence-express-minimal', name: 'minimal hybrid licence before move', patch: { source: exchange('2013') }, method: 'minimal-hybrid', where: 'warnings' },
  { rule: 'warn-partner', name: '4,999 mailboxes → no partner note', patch: { mailboxCount: 4999 }, method: 'full-hybrid', where: 'absent' },
  { rule: 'warn-large-items', name: 'items over 150 MB', patch: { itemsOver150MB: true }, where: 'warnings' },
  { rule: 'warn-mailbox-over-100gb', name: '150 GB mailbox', patch: { largestMailboxGB: 150 }, where: 'warnings' },
  { rule: 'warn-mailbox-over-100gb', name: '100 GB mailbox is within', patch: { largestMailboxGB: 100 }, where: 'absent' },
  { rule: 'warn-mailbox-over-200gb', name: '250 GB mailbox', patch: { largestMailboxGB: 250 }, where: 'warnings' },
  { rule: 'companion-pst-archives', name: 'archive PSTs beside hybrid', patch: { pst: { files: 40, totalGB: 200 } }, method: 'minimal-hybrid', where: 'companions', of: 'pst-import-network' },
  // ---- PST files only
  { rule: 'select-outlook-pst', name: '10 users with PSTs → Outlook', patch: { source: pstOnly, mailboxCount: 10, pst: { files: 10, totalGB: 30 } }, method: 'outlook-pst', where: 'because' },
  { rule: 'select-pst-import-network', name: '11 users with PSTs → network upload', patch: { source: pstOnly, mailboxCount: 11, pst: { files: 11, totalGB: 30 } }, method: 'pst-import-network', where: 'because' },
  { rule: 'out-outlook-pst-size', name: '11 users → Outlook ruled out', patch: { source: pstOnly, mailboxCount: 11, pst: { files: 11, totalGB: 30 } }, where: 'ruledOut', of: 'outlook-pst' },
  { rule: 'select-pst-import-drive', name: '50 TB at 100 Mbit/s with EA → drives', patch: bigPst, method: 'pst-import-drive', where: 'because' },
  { rule: 'out-pst-import-drive-no-ea', name: '50 TB without EA → no drives', patch: { ...bigPst, enterpriseAgreement: false }, method: 'pst-import-network', where: 'ruledOut', of: 'pst-import-drive' },
  { rule: 'out-pst-import-drive-country', name: '50 TB in Germany → no drives', patch: { ...bigPst, country: 'DE' }, method: 'pst-import-network', where: 'ruledOut', of: 'pst-import-drive' },
  { rule: 'out-pst-import-drive-country', name: '50 TB in Switzerland → no drives', patch: { ...bigPst, country: 'CH' }, method: 'pst-import-network', where: 'ruledOut', of: 'pst-import-drive' },
  { rule: 'select-pst-import-network', name: 'upload exactly as long as shipping → network', patch: { ...bigPst, pst: { files: 400, totalGB: breakEvenGB } }, method: 'pst-import-network', where: 'because' },
  { rule: 'select-pst-import-drive', name: 'upload 1 GB longer than shipping → drives', patch: { ...bigPst, pst: { files: 400, totalGB: breakEvenGB + 1 } }, method: 'pst-import-drive', where: 'because' },
  { rule: 'warn-pst-mapping-rows', name: '501 PST files → several jobs', patch: { source: pstOnly, mailboxCount: 50, pst: { files: 501, totalGB: 1000 } }, method: 'pst-import-network', where: 'warnings' },
  { rule: 'warn-pst-mapping-rows', name: '500 PST files fit one job', patch: { source: pstOnly, mailboxCount: 50, pst: { files: 500, totalGB: 1000 } }, method: 'pst-import-network', where: 'absent' },
  { rule: 'warn-pst-file-size', name: 'PSTs averaging 25 GB', patch: { source: pstOnly, mailboxCount: 50, pst: { files: 40, totalGB: 1000 } }, method: 'pst-import-network', where: 'warnings' },
  { rule: 'warn-large-items-pst', name: 'PST items over 150 MB are skipped', patch: { source: pstOnly, mailboxCount: 50, pst: { files: 40, totalGB: 100 }, itemsOver150MB: true }, method: 'pst-import-network', where: 'warnings' },
  { rule: 'warn-drive-shipping-deadline', name: 'drives with a 1-week deadline', patch: { ...bigPst, deadlineWeeks: 1 }, method: 'pst-import-drive', where: 'warnings' },
  { rule: 'out-cutover-source', name: 'no cutover from PST files', patch: { source: pstOnly, pst: { files: 5, totalGB: 10 } }, where: 'ruledOut', of: 'cutover' },
  { rule: 'out-full-hybrid-source', name: 'no hybrid from an IMAP server', patch: { source: { kind: 'imap' } }, where: 'ruledOut', of: 'full-hybrid' },
  { rule: 'out-minimal-hybrid-source', name: 'no minimal hybrid from Google', patch: { source: { kind: 'google-workspace' } }, where: 'ruledOut', of: 'minimal-hybrid' },
  { rule: 'out-express-hybrid-source', name: 'no express from Exchange 2000', patch: { source: exchange('2000') }, where: 'ruledOut', of: 'express-hybrid' },
  { rule: 'out-full-hybrid-exchange-2007', name: 'every hybrid flavour out on 2007', patch: { source: exchange('2007') }, where: 'ruledOut', of: 'full-hybrid' },
  { rule: 'out-minimal-hybrid-exchange-2007', name: 'minimal hybrid out on 2007', patch: { source: exchange('2007') }, where: 'ruledOut', of: 'minimal-hybrid' },
];

function ruleIdsIn(r: Recommendation): string[] {
  const lists = [
    r.because,
    r.warnings,
    ...[...r.alternatives, ...r.withLoss, ...r.ruledOut, ...r.companions].map((m) => m.because),
  ];
  return lists.flat().map((reason) => reason.ruleId);
}

function located(r: Recommendation, where: Where, of?: MigrationMethod): string[] {
  switch (where) {
    case 'because':
      return r.because.map((x) => x.ruleId);
    case 'warnings':
      return r.warnings.map((x) => x.ruleId);
    case 'absent':
      return [];
    default:
      return (r[where].find((m) => m.method === of)?.because ?? []).map((x) => x.ruleId);
  }
}

describe('recommend: decision table', () => {
  it.each(ROWS)('$rule: $name', (row) => {
    const checked = validateProfile(testProfile(row.patch));
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    const r = recommend(checked.profile);
    expect(r.method).toBe(row.method ?? r.method);
    const ids = row.where === 'absent' ? ruleIdsIn(r) : located(r, row.where, row.of);
    expect({ rule: row.rule, present: ids.includes(row.rule) }).toEqual({
      rule: row.rule,
      present: row.where !== 'absent',
    });
  });

  it('has at least 60 rows, covering every rule and every method as the answer', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(60);
    const covered = new Set(ROWS.filter((r) => r.where !== 'absent').map((r) => r.rule));
    const all = [...RULE_OUT_RULES, ...SELECT_RULES, ...COMPANION_RULES, ...WARN_RULES].map(
      (r) => r.id,
    );
    expect(all.filter((id) => !covered.has(id))).toEqual([]);
    const chosen = new Set(ROWS.map((r) => recommend(testProfile(r.patch)).method));
    expect(METHODS.filter((m) => !chosen.has(m))).toEqual([]);
  });

  it('keeps the documented readings of ambiguous thresholds', () => {
    expect(facts.expressHybridMaxMailboxes.value).toBe(500);
    expect(facts.cutoverMaxMailboxes.value).toBe(2000);
    expect(facts.expressHybridMaxMailboxes.note).toMatch(/499 qualifies, 500 does not/);
    expect(facts.cutoverMaxMailboxes.note).toMatch(/1,000/);
  });
});
