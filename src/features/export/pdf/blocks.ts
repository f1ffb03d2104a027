import type { DocBlock } from '../../../domain/export/plan-document/model.ts';
import type { Pen } from './pen.ts';
import { drawFacts, drawTable } from './tables.ts';
import { drawBullets, drawHeading, drawParagraph } from './text-blocks.ts';
import { drawTimelineBlock } from './timeline.ts';

/** One block of a section at the pen's cursor, by its kind. */
export function drawBlock(pen: Pen, b: DocBlock): void {
  switch (b.kind) {
    case 'heading':
      return drawHeading(pen, b.text);
    case 'paragraph':
      return drawParagraph(pen, b.text, b.tone);
    case 'bullets':
      return drawBullets(pen, b.items);
    case 'facts':
      return drawFacts(pen, b.rows);
    case 'table':
      return drawTable(pen, b.columns, b.rows, b.widths);
    case 'timeline':
      return drawTimelineBlock(pen, b.timeline);
  }
}
