/** Whether a plan holds fictional data: all of it (`plan`), or only its inventory. */
export type SampleKind = 'plan' | 'inventory' | null;

/** What every export says about sample data: the PDF's cover and summary, README, script. */
export function sampleNotice(sample: SampleKind | undefined): string | null {
  if (sample === 'plan') {
    return 'Sample plan: Fabrikam is a fictional organisation; every name, address and figure in it is made up.';
  }
  if (sample === 'inventory') {
    return 'Sample inventory: the mailboxes and permissions are the fictional Fabrikam sample, not this organisation’s own export.';
  }
  return null;
}
