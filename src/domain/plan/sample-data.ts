import type { SampleKind } from '../export/sample-notice.ts';
import type { PlanInputs } from './plan.ts';

/** The fictional organisation of the sample files in public/samples (scripts/make-samples.ts). */
export const SAMPLE_ORGANISATION = 'Fabrikam';

export type SampleFile = { name: string; url: string; title: string };

const file = (name: string, title: string): SampleFile => ({
  name,
  url: `/samples/${name}`,
  title,
});

/** The sample exports, served by the app itself, so trying them needs no network. */
export const SAMPLE_FILES = {
  mailboxes: file('fabrikam-mailboxes.csv', 'Mailboxes'),
  permissions: [
    file('fabrikam-full-access.csv', 'Full Access'),
    file('fabrikam-send-as.csv', 'Send As'),
    file('fabrikam-calendar.csv', 'Calendar delegates'),
  ],
  readme: file('README.md', 'How they were made'),
} as const;

/**
 * Whether a plan holds fictional data: `plan` when the whole plan is the sample; else which
 * of its imported files are the sample's.
 */
export function sampleKind(plan: Pick<PlanInputs, 'sample' | 'inventory'>): SampleKind {
  if (plan.sample) return 'plan';
  const mailboxes = plan.inventory.mailboxFile?.sample === true;
  const permissions = plan.inventory.permissionFile?.sample === true;
  if (mailboxes && permissions) return 'inventory';
  return mailboxes ? 'mailboxes' : permissions ? 'permissions' : null;
}
