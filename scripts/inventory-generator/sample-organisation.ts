import type { GeneratedPermission } from './organisation.ts';
import { seededRandom } from './random.ts';
import { SAMPLE } from './sample-company.ts';
import { mailboxMaker, type SampleMailbox } from './sample-mailbox-maker.ts';
import { samplePeople, sampleResources } from './sample-mailboxes.ts';
import { samplePermissions } from './sample-permissions.ts';

// Fabrikam's facts (offices, departments, team mailboxes…) are in sample-company.ts; the
// mailboxes are drawn in sample-mailboxes.ts and their rights in sample-permissions.ts.
export { SAMPLE, SAMPLE_OFFICES } from './sample-company.ts';
export type { SampleMailbox } from './sample-mailbox-maker.ts';

export type SampleOrganisation = {
  mailboxes: SampleMailbox[];
  permissions: GeneratedPermission[];
};

/** The sample organisation; the same on every run. */
export function sampleOrganisation(): SampleOrganisation {
  const rnd = seededRandom(SAMPLE.seed);
  const make = mailboxMaker(rnd);
  const mailboxes = samplePeople(rnd, make);
  mailboxes.push(...sampleResources(rnd, make));
  return { mailboxes, permissions: samplePermissions(rnd, mailboxes) };
}
