import type { Recommendation } from '../../strategy/recommendation.ts';
import { heading, methodLabel as label } from './blocks.ts';
import type { PlanDocumentInput } from './document-input.ts';
import type { DocBlock, DocSection } from './model.ts';

/** The recommended method with its reasons, what runs beside it, the alternatives and what is ruled out. */
export function recommendationSection(input: PlanDocumentInput): DocSection {
  const rec = input.recommendation;
  const blocks: DocBlock[] = [
    heading(`Recommended: ${label(rec.method)}`),
    { kind: 'bullets', items: rec.because.map((b) => b.text) },
  ];
  if (rec.companions.length > 0) {
    blocks.push(heading('Run beside it'));
    blocks.push(methodTable(rec.companions, 'Why'));
  }
  if (rec.alternatives.length > 0) {
    blocks.push(heading('Alternatives'));
    blocks.push(methodTable(rec.alternatives, 'Why it would also work'));
  }
  if (rec.ruledOut.length > 0) {
    blocks.push(heading('Ruled out'));
    blocks.push(methodTable(rec.ruledOut, 'Why not'));
  }
  if (rec.flips.length > 0) {
    blocks.push(heading('What would change the recommendation'));
    blocks.push({
      kind: 'bullets',
      items: rec.flips.map((f) => `${f.change} → ${label(f.method)}`),
    });
  }
  return { id: 'recommendation', title: 'Recommendation', blocks };
}

function methodTable(items: Recommendation['alternatives'], why: string): DocBlock {
  return {
    kind: 'table',
    columns: ['Method', why],
    widths: [1, 3],
    rows: items.map((m) => [label(m.method), m.because.map((b) => b.text).join(' ')]),
  };
}
