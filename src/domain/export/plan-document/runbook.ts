import { runbook } from '../../impact/runbook.ts';
import type { MigrationMethod } from '../../methods/method-list.ts';
import { heading } from './blocks.ts';
import type { DocBlock, DocSection } from './model.ts';

/** The method's runbook, phase by phase, its go/no-go gates marked. */
export function runbookSection(method: MigrationMethod): DocSection {
  const blocks: DocBlock[] = [];
  for (const phase of runbook(method)) {
    blocks.push(heading(phase.title));
    blocks.push({
      kind: 'bullets',
      items: phase.items.map((i) => (i.gate ? `Go/no-go: ${i.text}` : i.text)),
    });
  }
  return { id: 'runbook', title: 'Runbook', blocks };
}
