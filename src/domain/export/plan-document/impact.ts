import { splitCounts } from '../../impact/delegate-notes.ts';
import type { ImpactNote } from '../../impact/impact-note.ts';
import { impactNotes } from '../../impact/impact-notes.ts';
import type { Schedule } from '../../schedule/schedule-types.ts';
import { crossBatchSplits } from '../../schedule/schedule-view.ts';
import type { Redactor } from '../redact.ts';
import { heading, para } from './blocks.ts';
import type { DocContext } from './document-input.ts';
import type { DocBlock, DocSection } from './model.ts';
import { personName } from './people.ts';

const SEVERITY: Record<string, string> = {
  critical: 'Action needed',
  warning: 'Plan for it',
  info: 'Good to know',
};
const AUDIENCE: Record<string, string> = {
  'all-users': 'Everyone',
  executives: 'Executives and delegates',
  'phone-users': 'Phone users',
  'split-delegates': 'Delegates in different batches',
};

/** What users will notice, note by note, then the people split from those they work with. */
export function impactSection(ctx: DocContext): DocSection {
  const { input, r } = ctx;
  const s = input.schedule;
  const notes = impactNotes(input.method, s ?? undefined).filter(
    (n) => n.audience !== 'split-delegates',
  );
  const blocks: DocBlock[] = notes.flatMap((n) => noteBlocks(n, r));
  if (s) blocks.push(...splitBlocks(ctx, s));
  return { id: 'impact', title: 'User impact', blocks };
}

function noteBlocks(n: ImpactNote, r: Redactor): DocBlock[] {
  const blocks: DocBlock[] = [
    heading(r.text(n.title)),
    para(`${AUDIENCE[n.audience] ?? n.audience} · ${SEVERITY[n.severity] ?? n.severity}`, 'muted'),
  ];
  // Notes use "- " lines for lists; keep them as bullets.
  const lines = r.text(n.text).split('\n');
  const prose = lines
    .filter((l) => !l.startsWith('- '))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  const items = lines.filter((l) => l.startsWith('- ')).map((l) => l.slice(2));
  if (prose) blocks.push(para(prose));
  if (items.length > 0) blocks.push({ kind: 'bullets', items });
  return blocks;
}

function splitBlocks(ctx: DocContext, s: Schedule): DocBlock[] {
  const splits = crossBatchSplits(s);
  if (splits.length === 0) return [];
  const name = new Map(s.batches.map((b) => [b.id, b] as const));
  const { others } = splitCounts(splits);
  return [
    heading(
      others === 0
        ? 'Delegates in different batches'
        : 'People who share mailboxes, in different batches',
    ),
    para(
      'Until both have moved, these people cannot fully work in each other’s mailbox or calendar.',
      'muted',
    ),
    {
      kind: 'table',
      columns: ['Person', 'Works with', 'Link', 'Batches', 'Days apart'],
      widths: [2, 2, 1.3, 2, 0.9],
      rows: splits.map((p) => [
        personName(ctx, p.a),
        personName(ctx, p.b),
        p.kind,
        `${name.get(p.batchA)?.name ?? p.batchA} / ${name.get(p.batchB)?.name ?? p.batchB}`,
        ctx.f.count(p.daysApart),
      ]),
    },
  ];
}
