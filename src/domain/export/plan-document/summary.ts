import { daysBetween } from '../../calendar.ts';
import { splitCounts, splitPhrase } from '../../impact/delegate-notes.ts';
import { bindingSentence } from '../../schedule/binding-label.ts';
import { crossBatchSplits } from '../../schedule/schedule-view.ts';
import { sampleNotice } from '../sample-notice.ts';
import { heading, methodLabel as label, noScheduleText, para } from './blocks.ts';
import type { DocContext } from './document-input.ts';
import type { DocBlock, DocSection } from './model.ts';

/** The first section: the method and why, the timeline's key dates, and the risks. */
export function summarySection(ctx: DocContext): DocSection {
  const notice = sampleNotice(ctx.input.sample);
  const blocks: DocBlock[] = notice ? [para(notice, 'warning')] : [];
  blocks.push(...methodBlocks(ctx), ...timelineBlocks(ctx), ...riskBlocks(ctx));
  return { id: 'summary', title: 'Executive summary', blocks };
}

function methodBlocks({ input, r }: DocContext): DocBlock[] {
  const { recommendation: rec, method } = input;
  const blocks: DocBlock[] = [
    heading('Method and why'),
    para(`This plan moves the organisation's mail into Exchange Online with ${label(method)}.`),
  ];
  if (method === rec.method) {
    blocks.push({ kind: 'bullets', items: rec.because.map((b) => b.text) });
  } else {
    blocks.push(
      para(
        `The planner recommended ${label(rec.method)}; the plan follows ${label(method)} instead` +
          (input.overrideReason?.trim()
            ? `, because: ${r.text(input.overrideReason.trim())}`
            : '.'),
        'warning',
      ),
    );
    const chosen = rec.alternatives.find((a) => a.method === method);
    if (chosen) blocks.push({ kind: 'bullets', items: chosen.because.map((b) => b.text) });
  }
  return blocks;
}

function timelineBlocks({ input, f }: DocContext): DocBlock[] {
  const { schedule } = input;
  if (!schedule || schedule.batches.length === 0) {
    return [heading('Timeline'), para(noScheduleText(input), 'muted')];
  }
  const pilot = schedule.batches.filter((b) => b.isPilot).length;
  const first = schedule.batches.map((b) => b.startDate).toSorted()[0] ?? '';
  const deadline = schedule.deadline ?? null;
  const rows: [string, string][] = [
    ['Mailboxes', f.plural(input.mailboxes.length, 'mailbox', 'mailboxes')],
    [
      'Batches',
      `${f.count(schedule.batches.length)}${pilot ? ` (including ${f.plural(pilot, 'pilot batch', 'pilot batches')})` : ''}`,
    ],
    ['First copy starts', first],
    ['Last switch-over', schedule.endDate],
    ['Deadline', deadline ?? 'None set'],
  ];
  if (deadline) {
    const late = daysBetween(deadline, schedule.endDate);
    rows.push([
      'Deadline met',
      schedule.meetsDeadline ? 'Yes' : `No: ${f.plural(late, 'day')} late`,
    ]);
  }
  return [heading('Timeline'), { kind: 'facts', rows }];
}

function riskBlocks({ input, r, f }: DocContext): DocBlock[] {
  const { recommendation: rec, schedule } = input;
  const risks: string[] = rec.warnings.map((w) => w.text);
  for (const b of schedule?.binding ?? []) risks.push(bindingSentence(b));
  if (schedule && schedule.flags.length > 0) {
    risks.push(
      `${f.plural(schedule.flags.length, 'mailbox', 'mailboxes')} flagged for attention (listed under Batches).`,
    );
  }
  const splits = schedule ? crossBatchSplits(schedule) : [];
  if (splits.length > 0) {
    risks.push(
      `${splitPhrase(splitCounts(splits))} could not be kept in the same batch (listed under User impact).`,
    );
  }
  return [
    heading('Risks'),
    risks.length > 0 ? { kind: 'bullets', items: risks.map(r.text) } : para('No risks flagged.'),
  ];
}
