/**
 * Limits and figures from Microsoft's documentation, each with the page it comes from and
 * the revision that was read. Every rule, warning and scheduler constant cites one of these
 * by id, so a reviewer can open the page behind any sentence the planner prints.
 *
 * Status follows docs/microsoft-reference.md: `confirmed` = read on the cited page;
 * `confirmed-old` = read in an older revision of the page; `secondary` = a non-Microsoft
 * page; `inferred` = a planner heuristic derived from confirmed facts (the note says how).
 */
export type FactStatus = 'confirmed' | 'confirmed-old' | 'secondary' | 'inferred';

export type Fact = {
  value: number | string | boolean | readonly (readonly [number, number])[] | readonly string[];
  text: string;
  source: { title: string; url: string };
  read: string;
  status: FactStatus;
  note?: string;
};

const LEARN = 'https://learn.microsoft.com/en-us';
const S = {
  decide: {
    title: 'Decide on a migration path',
    url: `${LEARN}/exchange/mailbox-migration/decide-on-a-migration-path`,
  },
  cut: {
    title: 'Perform a cutover migration to Microsoft 365',
    url: `${LEARN}/exchange/mailbox-migration/cutover-migration-to-office-365`,
  },
  cutKnow: {
    title: 'What you need to know about a cutover email migration',
    url: `${LEARN}/exchange/mailbox-migration/what-to-know-about-a-cutover-migration`,
  },
  stgKnow: {
    title: 'What you need to know about a staged email migration',
    url: `${LEARN}/exchange/mailbox-migration/what-to-know-about-a-staged-migration`,
  },
  csv: {
    title: 'CSV files for mailbox migration',
    url: `${LEARN}/exchange/mailbox-migration/csv-files-for-migration`,
  },
  imap: {
    title: 'Migrate other types of IMAP mailboxes',
    url: `${LEARN}/exchange/mailbox-migration/migrating-imap-mailboxes/migrating-imap-mailboxes`,
  },
  imapCsv: {
    title: 'CSV files for IMAP migration batches',
    url: `${LEARN}/exchange/mailbox-migration/migrating-imap-mailboxes/csv-files-for-imap-migrations`,
  },
  imapFail: {
    title: 'IMAP migration fails (Exchange 2010 source, TLS 1.0)',
    url: `${LEARN}/troubleshoot/exchange/migration/imap-mailbox-migration-fails`,
  },
  minHyb: {
    title: 'Use minimal hybrid to quickly migrate',
    url: `${LEARN}/exchange/mailbox-migration/use-minimal-hybrid-to-quickly-migrate`,
  },
  advisor: {
    title: 'Microsoft 365 mail migration advisor',
    url: `${LEARN}/exchange/mail-migration-jump`,
  },
  hybPre: {
    title: 'Hybrid deployment prerequisites',
    url: `${LEARN}/exchange/hybrid-deployment-prerequisites`,
  },
  hcwOpt: {
    title: 'Hybrid Configuration wizard options',
    url: `${LEARN}/exchange/hybrid-configuration-wizard-options`,
  },
  hcwFaq: {
    title: 'Hybrid Configuration Wizard FAQs',
    url: `${LEARN}/exchange/hybrid-configuration-wizard-faqs`,
  },
  hybMove: {
    title: 'Move mailboxes between on-premises and Exchange Online',
    url: `${LEARN}/exchange/hybrid-deployment/move-mailboxes`,
  },
  decom: {
    title: 'Decommission on-premises Exchange servers',
    url: `${LEARN}/exchange/decommission-on-premises-exchange`,
  },
  perf: {
    title: 'Exchange Online migration performance and best practices',
    url: `${LEARN}/exchange/mailbox-migration/office-365-migration-best-practices`,
  },
  batches: {
    title: 'Manage migration batches',
    url: `${LEARN}/exchange/mailbox-migration/manage-migration-batches`,
  },
  gws: {
    title: 'Perform a Google Workspace migration',
    url: `${LEARN}/exchange/mailbox-migration/perform-g-suite-migration`,
  },
  gwsPs: {
    title: 'Google Workspace migration with PowerShell',
    url: `${LEARN}/exchange/mailbox-migration/perform-gspace-migration-powershell`,
  },
  pstNet: {
    title: 'Use network upload to import PST files',
    url: `${LEARN}/purview/use-network-upload-to-import-pst-files`,
  },
  pstOvr: {
    title: 'Learn about importing PST files',
    url: `${LEARN}/purview/importing-pst-files-to-office-365`,
  },
  pstFaq: {
    title: 'FAQ about importing PST files',
    url: `${LEARN}/purview/faqimporting-pst-files-to-office-365`,
  },
  pstIssues: {
    title: 'Issues with PST import jobs',
    url: `${LEARN}/troubleshoot/microsoft-365/purview/issues-with-pst-import-job`,
  },
  concurrency: {
    title: 'How to manage maximum concurrent migration batches',
    url: `${LEARN}/troubleshoot/exchange/move-or-migrate-mailboxes/how-to-manage-maximum-concurrent-migration-batches`,
  },
  nmb: {
    title: 'New-MigrationBatch',
    url: `${LEARN}/powershell/module/exchangepowershell/new-migrationbatch`,
  },
  nme: {
    title: 'New-MigrationEndpoint',
    url: `${LEARN}/powershell/module/exchangepowershell/new-migrationendpoint`,
  },
  largeItems: {
    title: 'Mailbox exceeded maximum number of large items (KB 2584294)',
    url: `${LEARN}/troubleshoot/exchange/move-or-migrate-mailboxes/mailbox-exceeded-maximum-number-of-large-itmes`,
  },
  delegation: {
    title: 'Permissions in Exchange hybrid deployments',
    url: `${LEARN}/troubleshoot/exchange/administration/overview-delegation-office-365-hybrid`,
  },
  lifecycle: {
    title: 'Microsoft lifecycle: Exchange Server',
    url: `${LEARN}/lifecycle/products/?terms=exchange%20server`,
  },
  premLicence: {
    title: 'A mailbox exists both on-premises and in Exchange Online',
    url: `${LEARN}/troubleshoot/exchange/user-and-shared-mailboxes/mailbox-exists-exo-onpremises`,
  },
  importOutlook: {
    title: 'Import email, contacts, and calendar from an Outlook .pst file',
    url: 'https://support.microsoft.com/office/431a8e9a-f99f-4d5f-ae48-ded54b3440ac',
  },
  gmailLimits: {
    title: 'Google Workspace: Gmail bandwidth limits (quoted by migration vendors)',
    url: 'https://support.google.com/a/answer/1071518',
  },
} as const;

export const facts = {
  // ---- Cutover
  cutoverMaxMailboxes: {
    value: 2000,
    text: 'A cutover migration moves at most 2,000 mailboxes.',
    source: S.cut,
    read: '2022-04',
    status: 'confirmed',
    note: 'The New-MigrationBatch description still says 1,000 (2012 text). We use the current 2,000 of the cutover page as the hard limit: it is the newer, dedicated page. So 2,000 mailboxes still qualify and 2,001 rule cutover out; from 151 to 2,000 cutover stays possible but is chosen only when staged or hybrid cannot be used, with a warning that performance suffers above 150 (strategy/recommend.test.ts covers 1,500, 1,999, 2,000 and 2,001).',
  },
  cutoverRecommendedMax: {
    value: 150,
    text: 'Microsoft recommends cutover for 150 mailboxes or fewer: "cutover migration performance suffers when you try to migrate more than 150 mailboxes".',
    source: S.decide,
    read: '2022-04',
    status: 'confirmed',
    note: '150 itself counts as within the recommendation ("150 or fewer").',
  },
  cutoverSources: {
    value: ['2003', '2007', '2010', '2013', '2016', '2019'],
    text: 'Cutover works from Exchange 2003 or later through Outlook Anywhere.',
    source: S.cut,
    read: '2022-04',
    status: 'confirmed',
    note: 'No page names Exchange SE; we allow it with a warning to verify Outlook Anywhere (reference §9).',
  },
  cutoverDirSyncOff: {
    value: true,
    text: 'Directory synchronization must be turned off before a cutover migration.',
    source: S.cut,
    read: '2022-04',
    status: 'confirmed',
  },
  cutoverOneBatch: {
    value: 1,
    text: 'A cutover migration is one batch for the whole organisation and takes no CSV file.',
    source: S.csv,
    read: '2022-04',
    status: 'confirmed',
  },
  cutoverNewIdentity: {
    value: true,
    text: 'Cutover users get new cloud accounts and passwords and create a new Outlook profile.',
    source: S.cutKnow,
    read: '2022-04',
    status: 'confirmed',
  },
  cutoverLaterVersionsPreferExpress: {
    value: true,
    text: '"While you can do cutover migrations with later versions of Exchange, we strongly recommend that you use the Express hybrid migration option instead."',
    source: S.advisor,
    read: '2022-04',
    status: 'confirmed',
  },
  // ---- Staged
  stagedSources: {
    value: ['2003', '2007'],
    text: 'Staged migration works only from Exchange 2003 and 2007: "You can\'t use a staged migration to migrate Exchange 2013 or Exchange 2010 mailboxes".',
    source: S.stgKnow,
    read: '2022-04',
    status: 'confirmed',
  },
  stagedNeedsDirSync: {
    value: true,
    text: 'A staged migration requires directory synchronization (Microsoft Entra Connect).',
    source: S.stgKnow,
    read: '2022-04',
    status: 'confirmed',
  },
  stagedRecommendedAbove: {
    value: 2000,
    text: "Staged migration is Microsoft's choice for Exchange 2003/2007 with more than 2,000 mailboxes.",
    source: S.stgKnow,
    read: '2022-04',
    status: 'confirmed',
  },
  stagedMaxRowsPerBatch: {
    value: 2000,
    text: 'A staged migration batch CSV holds at most 2,000 rows.',
    source: S.csv,
    read: '2022-04',
    status: 'confirmed',
  },
  stagedNewProfile: {
    value: true,
    text: 'After a staged batch, mailboxes are converted to mail users and users create a new Outlook profile.',
    source: S.stgKnow,
    read: '2022-04',
    status: 'confirmed',
  },
  // ---- Hybrid
  hybridSources: {
    value: ['2010', '2013', '2016', '2019', 'SE'],
    text: 'The Hybrid Configuration Wizard works with Exchange 2010 SP3, 2013 CU1+, 2016 and 2019.',
    source: S.hcwFaq,
    read: '2022-04',
    status: 'confirmed',
    note: 'Exchange SE is the successor of 2019 and is treated as 2019 (inferred; not named in the revision read).',
  },
  hybridExchange2007NeedsNewerServer: {
    value: true,
    text: 'An Exchange 2007 organisation can only run hybrid by adding at least one Exchange 2013 server.',
    source: S.hcwFaq,
    read: '2022-04',
    status: 'confirmed',
  },
  hybridNeedsDirSync: {
    value: true,
    text: 'Full and minimal hybrid keep Microsoft Entra Connect directory synchronization running.',
    source: S.hybPre,
    read: '2022',
    status: 'confirmed',
  },
  hybridKeepsProfile: {
    value: true,
    text: 'A hybrid (MRS) move keeps the mailbox GUID: Outlook profiles are not recreated and OST files are not downloaded again.',
    source: S.decom,
    read: '2022-04',
    status: 'confirmed',
  },
  fullHybridFreeBusy: {
    value: true,
    text: 'Only full hybrid sets up the organization relationship for cross-premises free/busy, MailTips and secure mail flow.',
    source: S.hcwOpt,
    read: '2022-04',
    status: 'confirmed',
  },
  fullHybridForLarge: {
    value: 'many thousands',
    text: 'Full hybrid suits "large organizations that have many thousands of mailboxes and need complete integration".',
    source: S.advisor,
    read: '2022-04',
    status: 'confirmed',
  },
  hybridAbove150: {
    value: 150,
    text: 'For Exchange 2010 and later with more than 150 mailboxes Microsoft recommends Exchange hybrid.',
    source: S.decide,
    read: '2022-04',
    status: 'confirmed',
  },
  minimalHybridSize: {
    value: 2000,
    text: 'Minimal hybrid suits "medium-sized organizations that have a few hundred to a couple thousand mailboxes and want to finish their migration within a couple months", with ongoing directory sync and no free/busy.',
    source: S.advisor,
    read: '2022-04',
    status: 'confirmed',
    note: '"A couple thousand" is read as up to 2,000 mailboxes; "a couple months" as up to 9 weeks.',
  },
  minimalHybridMaxWeeks: {
    value: 9,
    text: 'Minimal hybrid is for moves finished "within a couple months".',
    source: S.advisor,
    read: '2022-04',
    status: 'inferred',
    note: 'A couple of months read as 9 weeks.',
  },
  expressHybridMaxWeeks: {
    value: 2,
    text: 'Express migration suits "small organizations that want to finish their migration within a couple weeks", with a one-time directory sync.',
    source: S.advisor,
    read: '2022-04',
    status: 'confirmed',
  },
  expressHybridMaxMailboxes: {
    value: 500,
    text: 'Express migration is for small organisations; the course guidance puts the line at fewer than 500 mailboxes.',
    source: S.advisor,
    read: '2022-04',
    status: 'inferred',
    note: 'No Microsoft page read states "< 500" (reference §1.4); Decide-on-a-migration-path pairs express with cutover below 150. We keep 500 as an upper bound (499 qualifies, 500 does not) and prefer express over cutover below it, as the advisor strongly recommends. Express also needs a one-time directory sync, no free/busy or single address list, and a deadline of at most 2 weeks (expressHybridMaxWeeks); otherwise minimal hybrid or cutover is chosen.',
  },
  expressOneTimeSync: {
    value: true,
    text: 'Express migration synchronizes users and passwords once, then directory synchronization is switched off.',
    source: S.minHyb,
    read: '2022-04',
    status: 'confirmed',
  },
  hybridFreeServerLicence: {
    value: false,
    text: 'The free hybrid Exchange server licence is not available for Exchange 2019 hybrid servers.',
    source: S.hcwFaq,
    read: '2022-04',
    status: 'confirmed',
  },
  licenceAfterHybridMove: {
    value: true,
    text: 'In hybrid, assign the Exchange Online licence only after the move completes, within 30 days; a licence before the move can create a duplicate cloud mailbox.',
    source: S.premLicence,
    read: '2022-04',
    status: 'confirmed',
  },
  licenceBeforeExpressMove: {
    value: true,
    text: "In minimal/express migration, licences are assigned before each user's move is started.",
    source: S.minHyb,
    read: '2022-04',
    status: 'confirmed',
  },
  // ---- IMAP
  imapOnlyForExchange2000: {
    value: ['5.5', '2000'],
    text: 'For Exchange 2000 or earlier, IMAP migration is the only option.',
    source: S.decide,
    read: '2022-04',
    status: 'confirmed',
  },
  imapMailOnly: {
    value: true,
    text: 'IMAP migration moves email only: no contacts, calendar items or tasks.',
    source: S.imap,
    read: '2022-04',
    status: 'confirmed',
  },
  imapNotFromExchange2010: {
    value: '2010',
    text: 'IMAP migration from Exchange 2010 fails: its IMAP service offers only TLS 1.0 and Exchange Online requires TLS 1.2.',
    source: S.imapFail,
    read: '2022-04',
    status: 'confirmed',
  },
  imapMaxRowsPerBatch: {
    value: 50000,
    text: 'An IMAP migration CSV holds at most 50,000 rows (and 10 MB).',
    source: S.imapCsv,
    read: '2022-04',
    status: 'confirmed',
  },
  imapMaxMessageMB: {
    value: 35,
    text: 'IMAP migration skips messages larger than 35 MB.',
    source: S.imap,
    read: '2022-04',
    status: 'confirmed',
  },
  imapMaxItems: {
    value: 500000,
    text: 'IMAP migration moves at most 500,000 items per mailbox, newest first.',
    source: S.imap,
    read: '2022-04',
    status: 'confirmed',
  },
  imapLicenceFirst: {
    value: true,
    text: 'IMAP migration needs the Exchange Online mailboxes created and licensed before it starts.',
    source: S.imap,
    read: '2022-04',
    status: 'confirmed',
  },
  gmailImapDailyCap: {
    value: 2.5,
    text: 'Gmail limits IMAP downloads to about 2.5 GB a day per account; going over suspends IMAP for up to 24 hours.',
    source: S.gmailLimits,
    read: '2022-04',
    status: 'secondary',
  },
  // ---- Google Workspace
  googleMovesAll: {
    value: true,
    text: 'Google Workspace migration moves mail, calendar, contacts and rules (rules arrive disabled).',
    source: S.gws,
    read: '2022-04',
    status: 'confirmed',
  },
  googleNewProfile: {
    value: true,
    text: 'After a Google Workspace migration users open their Microsoft 365 mailbox in a new Outlook profile, and turn the migrated rules back on.',
    source: S.gws,
    read: '2022-04',
    status: 'confirmed',
  },
  googleLicenceAfterStart: {
    value: true,
    text: 'For Google Workspace migration, assign the licence after the batch starts (mail users become mailboxes), within 30 days.',
    source: S.gwsPs,
    read: '2022-04',
    status: 'confirmed',
  },
  // ---- PST
  pstMaxRowsPerMapping: {
    value: 500,
    text: 'A PST Import mapping file holds at most 500 rows; more need further import jobs.',
    source: S.pstNet,
    read: '2023-03',
    status: 'confirmed',
  },
  pstRecommendedMaxFileGB: {
    value: 20,
    text: 'Keep each PST file at 20 GB or less; larger files import slowly or get stuck.',
    source: S.pstNet,
    read: '2023-03',
    status: 'confirmed',
  },
  pstMaxItemMB: {
    value: 150,
    text: 'The Import service skips items larger than 150 MB.',
    source: S.pstFaq,
    read: '2022',
    status: 'confirmed',
  },
  pstIngestGBPerDay: {
    value: 24,
    text: 'The Import service ingests about 24 GB a day per PST/mailbox pair (not guaranteed).',
    source: S.pstFaq,
    read: '2022',
    status: 'confirmed',
  },
  pstMovesAll: {
    value: true,
    text: 'A PST import brings everything the file holds: mail, calendar, contacts and tasks.',
    source: S.pstFaq,
    read: '2022',
    status: 'confirmed',
  },
  driveShippingPriceUSDPerGB: {
    value: 2,
    text: 'Drive shipping costs USD 2 per GB.',
    source: S.pstFaq,
    read: '2022',
    status: 'confirmed',
  },
  driveShippingNeedsEA: {
    value: true,
    text: 'Drive shipping is available only to customers with an Enterprise Agreement.',
    source: S.pstFaq,
    read: '2022',
    status: 'confirmed',
  },
  driveShippingExcludedCountries: {
    value: ['DE', 'CH'],
    text: 'Drive shipping is not available in Germany and Switzerland.',
    source: S.pstOvr,
    read: '2023-03',
    status: 'confirmed',
  },
  driveShippingTurnaroundDays: {
    value: 14,
    text: 'Microsoft uploads shipped drives 7-10 business days after they arrive (about 14 calendar days).',
    source: S.pstFaq,
    read: '2022',
    status: 'confirmed',
  },
  networkUploadEfficiency: {
    value: 0.7,
    text: 'Upload time is estimated as data × 8 / (bandwidth × 0.7), i.e. 70 % of the line is usable.',
    source: S.pstFaq,
    read: '2022',
    status: 'inferred',
    note: 'Reference §5.4: Microsoft publishes no threshold; the 70 % factor and "ship when uploading takes longer than shipping" are our heuristic.',
  },
  outlookPstMaxUsers: {
    value: 10,
    text: 'Manual PST import in Outlook is practical for a handful of users (about 10 or fewer).',
    source: S.importOutlook,
    read: '2022',
    status: 'inferred',
    note: 'Reference §8 rule 7: "≤ ~5-10 users with PSTs".',
  },
  // ---- Cross-method limits
  exoMaxMessageMB: {
    value: 150,
    text: 'Exchange Online accepts messages up to 150 MB; hybrid moves fail on larger items.',
    source: S.largeItems,
    read: '2022-04',
    status: 'confirmed',
  },
  onboardingMaxMailboxGB: {
    value: 200,
    text: 'Onboarding mailboxes larger than 200 GB is not supported.',
    source: S.perf,
    read: '2022-03',
    status: 'confirmed',
  },
  largeMailboxGB: {
    value: 100,
    text: 'Mailboxes over 100 GB exceed the E3/E5 primary mailbox quota and take up to 45 days (90th percentile) to move.',
    source: S.perf,
    read: '2022-03',
    status: 'confirmed',
  },
  partnerAbove: {
    value: 5000,
    text: 'For an "extremely large number of mailboxes (5,000+)" Microsoft suggests working with a partner.',
    source: S.decide,
    read: '2022-04',
    status: 'confirmed',
  },
  maxBatchesPerTenant: {
    value: 100,
    text: 'A tenant can hold at most 100 migration batches at a time.',
    source: S.batches,
    read: '2022-04',
    status: 'inferred',
    note: 'Not in the pages summarised in reference.md; taken from the issue text. Question raised in the issue note.',
  },
  defaultConcurrency: {
    value: 20,
    text: 'By default 20 mailboxes migrate at a time per endpoint.',
    source: S.stgKnow,
    read: '2022-04',
    status: 'confirmed',
    note: 'Microsoft pages also say 10 and 100; 20 is the practical default (reference §9).',
  },
  maxConcurrency: {
    value: 300,
    text: 'An endpoint allows at most 300 concurrent migrations.',
    source: S.concurrency,
    read: '2022-04',
    status: 'confirmed',
  },
  incrementalSyncHours: {
    value: 24,
    text: 'After the initial sync, batches sync incrementally every 24 hours.',
    source: S.batches,
    read: '2022-04',
    status: 'confirmed',
  },
  licenceGraceDays: {
    value: 30,
    text: 'Migrated mailboxes must be licensed within 30 days.',
    source: S.cut,
    read: '2022-04',
    status: 'confirmed',
  },
  mxPropagationHours: {
    value: 72,
    text: 'Wait at least 72 hours after changing MX before deleting cutover, staged or IMAP batches.',
    source: S.cut,
    read: '2022-04',
    status: 'confirmed',
  },
  aggregateGBPerHour: {
    value: 12,
    text: 'Observed average throughput was 10-14 GB/hour at 20 concurrent moves for cutover, staged, IMAP and hybrid (we use 12).',
    source: S.perf,
    read: '2018-08',
    status: 'confirmed-old',
    note: 'Removed from the page in Sept 2018; used only as the default, overridable.',
  },
  perMailboxGBPerHour: {
    value: 0.65,
    text: 'A single hybrid mailbox moves at 0.3-1.0 GB/hour (we use the midpoint 0.65).',
    source: S.perf,
    read: '2018-08',
    status: 'confirmed-old',
  },
  durationByMailboxSize: {
    value: [
      [1, 1],
      [10, 1],
      [50, 3],
      [100, 3],
      [200, 8],
    ],
    text: 'Per-mailbox move duration (days, 50th percentile) by size up to 1, 10, 50, 100, 200 GB: 1, 1, 3, 3, 8.',
    source: S.perf,
    read: '2022-03',
    status: 'confirmed',
  },
  durationByMailboxSizeP90: {
    value: [
      [1, 7],
      [10, 7],
      [50, 14],
      [100, 30],
      [200, 45],
    ],
    text: 'Per-mailbox move duration (days, 90th percentile) by size up to 1, 10, 50, 100, 200 GB: 7, 7, 14, 30, 45.',
    source: S.perf,
    read: '2022-03',
    status: 'confirmed',
  },
  durationByTenantSize: {
    value: [
      [1000, 5],
      [5000, 10],
      [10000, 20],
      [50000, 30],
      [100000, 45],
      [Number.MAX_SAFE_INTEGER, 60],
    ],
    text: 'Days for 90 % of moves to complete (typical) by number of mailboxes: <1,000: 5; 1,000-5,000: 10; 5,000-10,000: 20; 10,000-50,000: 30; 50,000-100,000: 45; more: 60.',
    source: S.perf,
    read: '2022-03',
    status: 'confirmed',
  },
  durationByTenantSizeMax: {
    value: [
      [1000, 14],
      [5000, 30],
      [10000, 45],
      [50000, 60],
      [100000, 90],
      [Number.MAX_SAFE_INTEGER, 180],
    ],
    text: 'Days for 90 % of moves to complete (may take up to) by number of mailboxes: 14, 30, 45, 60, 90, 180.',
    source: S.perf,
    read: '2022-03',
    status: 'confirmed',
  },
  // ---- Support lifecycle
  exchangeOutOfSupport: {
    value: ['5.5', '2000', '2003', '2007', '2010', '2013', '2016', '2019'],
    text: 'Exchange 2010 support ended in October 2020, 2013 in April 2023, 2016 and 2019 on 14 October 2025; Exchange Server SE is the supported version.',
    source: S.lifecycle,
    read: '2022-04',
    status: 'secondary',
    note: 'Reference §6.3 marks the 2016/2019 dates as secondary: verify on the lifecycle pages.',
  },
  // ---- Decision engine (strategy/): sources for the rules and ruled-out reasons
  hybridRemoteMoveAbove2000: {
    value: 2000,
    text: "Microsoft's table for Exchange 2010 or later with more than 2,000 mailboxes that are managed on-premises: hybrid remote move.",
    source: S.decom,
    read: '2022-04',
    status: 'confirmed',
  },
  legacyStagedAbove150: {
    value: 150,
    text: 'For Exchange 2003 or 2007 with more than 150 mailboxes Microsoft recommends a staged migration, since cutover performance suffers above 150.',
    source: S.decide,
    read: '2022-04',
    status: 'confirmed',
  },
  imapAnyServer: {
    value: true,
    text: 'IMAP migration copies mail from any IMAP server (Gmail, Exchange, Dovecot, Courier and others); it is the path for non-Exchange systems.',
    source: S.imapCsv,
    read: '2022-04',
    status: 'confirmed',
  },
  googleSourceOnly: {
    value: 'google-workspace',
    text: 'Google Workspace migration moves mailboxes from Google Workspace only (not GCC High or DoD tenants).',
    source: S.gws,
    read: '2022-04',
    status: 'confirmed',
  },
  pstAnySource: {
    value: true,
    text: 'The Import service takes PST files from any source that can produce them (Outlook 2007 or later, ANSI or Unicode); the target mailboxes must exist.',
    source: S.pstFaq,
    read: '2022',
    status: 'confirmed',
  },
  minimalHybridSyncModel: {
    value: ['keep', 'one-time'],
    text: 'Minimal hybrid moves mailboxes with a directory synchronization: ongoing according to the migration advisor, one-time according to the minimal hybrid how-to page.',
    source: S.minHyb,
    read: '2022-04',
    status: 'confirmed',
    note: 'The advisor says minimal hybrid keeps directory sync; MINHYB says "Do not plan to continue to run directory synchronization" (reference §1.4). We accept either ongoing or one-time sync for minimal hybrid and rule it out only when there is no sync at all.',
  },
  cutoverMovesMailboxContent: {
    value: true,
    text: 'Cutover moves mailbox content (mail, calendar, contacts, tasks) plus mail users, mail contacts and mail-enabled groups.',
    source: S.cutKnow,
    read: '2022-04',
    status: 'confirmed',
  },
  stagedMovesMailboxes: {
    value: true,
    text: 'Staged migration moves user and resource mailboxes; groups, contacts and mail users arrive through directory sync, and Out of Office text is not migrated.',
    source: S.stgKnow,
    read: '2022-04',
    status: 'confirmed',
  },
  hybridOnlineMove: {
    value: true,
    text: 'Hybrid moves from Exchange 2010 or later are online: users keep working while their mailbox is copied and restart Outlook once at completion.',
    source: S.perf,
    read: '2022-03',
    status: 'confirmed',
  },
  legacyCutoverOrStagedUnder2000: {
    value: 2000,
    text: "Microsoft's table for Exchange 2003 or 2007 with fewer than 2,000 mailboxes not managed on-premises: cutover or staged.",
    source: S.decom,
    read: '2022-04',
    status: 'confirmed',
  },
  newProfileNonMrs: {
    value: true,
    text: 'IMAP and PST-based moves fill a new cloud mailbox, so users create a new Outlook profile (and download a new OST); only hybrid moves keep the mailbox and its profile.',
    source: S.decom,
    read: '2022-04',
    status: 'inferred',
    note: 'The decommission page says only a hybrid (MRS) move keeps the mailbox GUID, so Outlook profiles are not recreated; the IMAP and PST pages do not speak of profiles (reference §2 table, IMAP row: inferred; §7 pitfall 9).',
  },
  delegatesSameBatch: {
    value: true,
    text: 'Across premises, delegate auto-mapping works only when both mailboxes are in the same place: move delegates and their managers in the same batch.',
    source: S.delegation,
    read: '2022-04',
    status: 'confirmed',
  },
} satisfies Record<string, Fact>;

export type FactId = keyof typeof facts;

export function isFactId(id: string): id is FactId {
  return Object.prototype.hasOwnProperty.call(facts, id);
}
