import type { PlanDocumentInput } from '../domain/export/plan-document/index.ts';
import type { Mailbox } from '../domain/inventory/mailbox.ts';
import { recommend } from '../domain/strategy/recommend.ts';
import { fixtureSchedule } from './impact-test-data.ts';
import { testProfile } from './test-profiles.ts';

/** A 2 GB user mailbox in Finance, Berlin. */
export function person(email: string, displayName: string): Mailbox {
  return {
    row: 2,
    displayName,
    email,
    type: 'UserMailbox',
    sizeBytes: 2 * 1024 ** 3,
    itemCount: 100,
    archiveSizeBytes: null,
    department: 'Finance',
    office: 'Berlin',
    database: 'DB01',
  };
}

/** The members of `fixtureSchedule`, with names the PDF's fonts must cover. */
export const MAILBOXES = [
  person('alice@contoso.com', 'Alice Łukasiewicz'),
  person('bob@contoso.com', 'Bob Øster'),
  person('carol@contoso.com', 'Carol 李'),
  person('dave@contoso.com', 'Dave Müller'),
];

/** A full-hybrid plan of `fixtureSchedule` in en-GB, with the given changes. */
export function docInput(patch: Partial<PlanDocumentInput> = {}): PlanDocumentInput {
  return {
    planName: 'Contoso move',
    consultantName: 'Jo Consultant',
    clientName: 'Contoso Ltd',
    date: '2026-03-02',
    locale: 'en-GB',
    recommendation: recommend(testProfile()),
    method: 'full-hybrid',
    overrideReason: null,
    schedule: fixtureSchedule,
    mailboxes: MAILBOXES,
    commOffsets: [-7, 0],
    redacted: false,
    ...patch,
  };
}
