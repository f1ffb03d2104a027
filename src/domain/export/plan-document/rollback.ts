import { rollbackPlan } from '../../impact/rollback.ts';
import type { MigrationMethod } from '../../methods/method-list.ts';
import { para } from './blocks.ts';
import type { DocSection } from './model.ts';

const REACH: Record<string, string> = { full: 'Full', partial: 'Partial', none: 'None' };

/** How to go back at each stage of the method, and until when. */
export function rollbackSection(method: MigrationMethod): DocSection {
  return {
    id: 'rollback',
    title: 'Rollback',
    blocks: [
      para('How to go back at each stage, and until when that is possible.', 'muted'),
      {
        kind: 'table',
        columns: ['Stage', 'Way back', 'How', 'Possible until'],
        widths: [1.5, 0.9, 3.6, 2],
        rows: rollbackPlan(method).map((s) => [
          s.stage,
          `${REACH[s.reach] ?? s.reach}${s.basis === 'inferred' ? ' (inferred)' : ''}`,
          s.how,
          s.until,
        ]),
      },
    ],
  };
}
