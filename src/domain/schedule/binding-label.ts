/** How each binding limit (the `limit` code of a schedule's `binding`) is named to people. */
const LABELS: Record<string, string> = {
  concurrency: 'Concurrency',
  bandwidth: 'Bandwidth',
  'largest-mailbox': 'Largest mailbox',
  'people-grouping': 'People grouping',
  'batch-count': 'Number of batches',
  duration: 'Published durations',
  'cutover-size': 'Cutover size',
};

/** The name of a binding limit; a code not listed reads as words ("new-limit" → "New limit"). */
export function bindingLabel(limit: string): string {
  const known = LABELS[limit];
  if (known) return known;
  const words = limit.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** One binding limit as a sentence for documents: "Concurrency: … Fix: raise concurrency to 25." */
export function bindingSentence(b: { limit: string; explanation: string; fix: string }): string {
  const fix = b.fix ? ` Fix: ${b.fix}${/[.!?]$/.test(b.fix) ? '' : '.'}` : '';
  return `${bindingLabel(b.limit)}: ${b.explanation}${fix}`;
}
