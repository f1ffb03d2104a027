import type { MigrationMethod } from '../methods/method-list.ts';
import type { BaseRule } from './rule.ts';

/** What each method is, for an alternative that no select rule argues for. */
export const BASE_RULES: Readonly<Record<MigrationMethod, BaseRule>> = {
  'full-hybrid': {
    id: 'base-full-hybrid',
    method: 'full-hybrid',
    source: 'fullHybridFreeBusy',
    text: 'Full hybrid keeps both sides working together (free/busy, secure mail flow) for as long as the move takes.',
  },
  'minimal-hybrid': {
    id: 'base-minimal-hybrid',
    method: 'minimal-hybrid',
    source: 'hybridKeepsProfile',
    text: 'Minimal hybrid moves mailboxes online with the hybrid move service, so Outlook profiles are kept.',
  },
  'express-hybrid': {
    id: 'base-express-hybrid',
    method: 'express-hybrid',
    source: 'expressOneTimeSync',
    text: 'Express migration syncs users once and moves mailboxes online, keeping Outlook profiles.',
  },
  cutover: {
    id: 'base-cutover',
    method: 'cutover',
    source: 'cutoverOneBatch',
    text: 'Cutover moves every mailbox in one batch; users get new cloud accounts and Outlook profiles.',
  },
  staged: {
    id: 'base-staged',
    method: 'staged',
    source: 'stagedMaxRowsPerBatch',
    text: 'Staged migration moves mailboxes in batches of up to 2,000 while the directory stays in sync.',
  },
  imap: {
    id: 'base-imap',
    method: 'imap',
    source: 'imapMailOnly',
    text: 'IMAP migration copies email only: no calendars, contacts or tasks.',
  },
  'google-workspace': {
    id: 'base-google-workspace',
    method: 'google-workspace',
    source: 'googleMovesAll',
    text: 'Google Workspace migration moves mail, calendar, contacts and rules from Google Workspace.',
  },
  'pst-import-network': {
    id: 'base-pst-import-network',
    method: 'pst-import-network',
    source: 'pstAnySource',
    text: 'Mailboxes exported to PST files can be uploaded to the Import service; it brings mail, calendar and contacts but is a one-off copy.',
  },
  'pst-import-drive': {
    id: 'base-pst-import-drive',
    method: 'pst-import-drive',
    source: 'driveShippingPriceUSDPerGB',
    text: 'PST files can be shipped to Microsoft on drives (USD 2 per GB) when uploading would take too long.',
  },
  'outlook-pst': {
    id: 'base-outlook-pst',
    method: 'outlook-pst',
    source: 'outlookPstMaxUsers',
    text: 'A handful of users can import their own PST files in Outlook.',
  },
};
