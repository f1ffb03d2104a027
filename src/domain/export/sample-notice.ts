/**
 * Whether a plan holds fictional data: all of it (`plan`), or sample files imported into
 * the user's own plan: both (`inventory`), or only the mailboxes or the permissions.
 */
export type SampleKind = 'plan' | 'inventory' | 'mailboxes' | 'permissions' | null;

const PART: Record<'inventory' | 'mailboxes' | 'permissions', string> = {
  inventory: 'the mailboxes and permissions are',
  mailboxes: 'the mailboxes are',
  permissions: 'the permissions are',
};

/** What every export says about sample data: the PDF's cover and summary, README, script. */
export function sampleNotice(sample: SampleKind | undefined): string | null {
  if (!sample) return null;
  if (sample === 'plan') {
    return 'Sample plan: Fabrikam is a fictional organisation; every name, address and figure in it is made up.';
  }
  return `Sample data: ${PART[sample]} the fictional Fabrikam sample, not this organisation’s own export.`;
}
