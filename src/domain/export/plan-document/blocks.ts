import { METHOD_LABELS, type MigrationMethod } from '../../methods/method-list.ts';
import type { DocBlock, DocSection } from './model.ts';
import type { PlanDocumentInput } from './document-input.ts';

export const heading = (text: string): DocBlock => ({ kind: 'heading', text });

export const para = (text: string, tone?: 'muted' | 'warning'): DocBlock => ({
  kind: 'paragraph',
  text,
  ...(tone ? { tone } : {}),
});

export const methodLabel = (m: MigrationMethod) => METHOD_LABELS[m];

/** "Pilot" already says it; "Wave A" gets "(pilot)" added. */
export const batchLabel = (b: { name: string; isPilot: boolean }) =>
  b.isPilot && !/pilot/i.test(b.name) ? `${b.name} (pilot)` : b.name;

/** What a section without batches says instead. */
export function noScheduleText(input: PlanDocumentInput): string {
  return input.mailboxes.length === 0
    ? 'No mailbox inventory has been imported yet, so the plan has no batches, dates or mailbox appendix.'
    : 'The schedule is not ready, so the plan has no batches or dates yet.';
}

/** A section that has nothing but the reason it is empty. */
export function emptySection(id: string, title: string, input: PlanDocumentInput): DocSection {
  return { id, title, blocks: [para(noScheduleText(input), 'muted')] };
}
