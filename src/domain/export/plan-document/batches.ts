import { bindingLabel } from '../../schedule/binding-label.ts';
import type { Schedule } from '../../schedule/schedule-types.ts';
import { batchEmails } from '../../schedule/schedule-view.ts';
import { batchLabel, emptySection, heading, para } from './blocks.ts';
import type { DocContext } from './document-input.ts';
import type { DocBlock, DocSection } from './model.ts';
import { personEmail, personName } from './people.ts';

/** Each batch's size and dates, then what constrains and limits them and who needs attention. */
export function batchesSection(ctx: DocContext): DocSection {
  const { input, r, f } = ctx;
  const s = input.schedule;
  if (!s || s.batches.length === 0) return emptySection('batches', 'Batches', input);
  const blocks: DocBlock[] = [
    {
      kind: 'table',
      columns: [
        'Batch',
        'Mailboxes',
        'Size (GB)',
        'Copy starts',
        'Copy done (median / 90%)',
        'Switch-over',
      ],
      widths: [2.2, 1.1, 1, 1.3, 2.2, 1.3],
      rows: s.batches.map((b) => [
        batchLabel(b),
        f.count(b.memberIndexes.length),
        f.gb(b.totalBytes),
        b.startDate,
        `${b.syncDoneP50} / ${b.syncDoneP90}`,
        b.cutoverDate,
      ]),
    },
  ];
  const constrained = s.batches.filter((b) => (b.constraints ?? []).length > 0);
  if (constrained.length > 0) {
    blocks.push(heading('Batch constraints'));
    blocks.push({
      kind: 'bullets',
      items: constrained.flatMap((b) =>
        (b.constraints ?? []).map((c) => r.text(`${b.name}: ${c}`)),
      ),
    });
  }
  if (s.binding.length > 0) {
    blocks.push(heading('What limits the schedule'));
    blocks.push({
      kind: 'table',
      columns: ['Limit', 'Why', 'What would help'],
      widths: [1, 2, 2],
      rows: s.binding.map((b) => [bindingLabel(b.limit), b.explanation, b.fix]),
    });
  }
  if (s.flags.length > 0) blocks.push(...flaggedBlocks(ctx, s));
  for (const n of s.notices ?? []) {
    if (n === s.notices?.[0]) blocks.push(heading('Notes on the schedule'));
    blocks.push(para(r.text(n.message), 'muted'));
  }
  return { id: 'batches', title: 'Batches', blocks };
}

function flaggedBlocks(ctx: DocContext, s: Schedule): DocBlock[] {
  const batchOf = new Map<string, string>();
  for (const b of s.batches) for (const m of batchEmails(s, b)) batchOf.set(m, b.name);
  return [
    heading('Mailboxes flagged for attention'),
    {
      kind: 'table',
      columns: ['Name', 'Address', 'Batch', 'Why'],
      widths: [1.6, 2.2, 1.2, 3],
      rows: s.flags.map((flag) => [
        personName(ctx, flag.email),
        personEmail(ctx, flag.email),
        batchOf.get(flag.email) ?? '',
        ctx.r.text(flag.reason),
      ]),
    },
  ];
}
