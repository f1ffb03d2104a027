import type { BindingLimit, Schedule } from './schedule-types.ts';

/** How each binding limit is named to people; a new limit does not compile without a name. */
const LABELS: Record<BindingLimit, string> = {
  concurrency: 'Concurrency',
  bandwidth: 'Bandwidth',
  'largest-mailbox': 'Largest mailbox',
  'people-grouping': 'People grouping',
  'batch-count': 'Number of batches',
  duration: 'Published durations',
  'cutover-size': 'Cutover size',
};

export function bindingLabel(limit: BindingLimit): string {
  return LABELS[limit];
}

/** One binding limit as a sentence for documents: "Concurrency: … Fix: raise concurrency to 25." */
export function bindingSentence(b: Schedule['binding'][number]): string {
  const fix = b.fix ? ` Fix: ${b.fix}${/[.!?]$/.test(b.fix) ? '' : '.'}` : '';
  return `${bindingLabel(b.limit)}: ${b.explanation}${fix}`;
}
