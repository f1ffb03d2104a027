import { sampleNotice, type SampleKind } from './sample-notice.ts';
import { communicationsCalendar } from '../impact/communications.ts';
import { splitCounts, splitPhrase } from '../impact/delegate-notes.ts';
import { impactNotes } from '../impact/impact-notes.ts';
import { addDays, daysBetween } from '../calendar.ts';
import { rollbackPlan } from '../impact/rollback.ts';
import { runbook } from '../impact/runbook.ts';
import type { Mailbox } from '../inventory/mailbox.ts';
import { METHOD_LABELS, type MigrationMethod } from '../methods/method-list.ts';
import { bindingLabel, bindingSentence } from '../schedule/binding-label.ts';
import type { IsoDate } from '../calendar.ts';
import type { Schedule } from '../schedule/schedule-types.ts';
import { batchEmails, crossBatchSplits } from '../schedule/schedule-view.ts';
import type { Recommendation } from '../strategy/recommendation.ts';
import type { DocBlock, DocSection, PlanDocument, TimelineData } from './plan-document-model.ts';
import { makeRedactor, type Redactor } from './redact.ts';
import { GB } from '../units.ts';

export type PlanDocumentInput = {
  planName: string;
  consultantName: string;
  clientName: string;
  /** The document's date, from the caller: the domain reads no clock. */
  date: IsoDate;
  recommendation: Recommendation;
  method: MigrationMethod;
  /** The user's reason when the plan follows another method than the recommended one. */
  overrideReason: string | null;
  /** Null when there is no inventory to schedule yet. */
  schedule: Schedule | null;
  mailboxes: readonly Mailbox[];
  commOffsets: readonly number[];
  redacted: boolean;
  /** The plan is the app's fictional sample (`plan`), or holds its sample inventory. */
  sample?: SampleKind;
};

const gb = (bytes: number) => (bytes / GB).toFixed(1);
const label = (m: MigrationMethod) => METHOD_LABELS[m];
const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
const offsetLabel = (d: number) => (d === 0 ? 'Switch-over day' : d < 0 ? `T${d}` : `T+${d}`);
/** "Pilot" already says it; "Wave A" gets "(pilot)" added. */
const batchLabel = (b: { name: string; isPilot: boolean }) =>
  b.isPilot && !/pilot/i.test(b.name) ? `${b.name} (pilot)` : b.name;
const TYPE_LABELS: Record<string, string> = {
  UserMailbox: 'User',
  SharedMailbox: 'Shared',
  RoomMailbox: 'Room',
  EquipmentMailbox: 'Equipment',
  LinkedMailbox: 'Linked',
  Other: 'Other',
};
const fill = (template: string, fields: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (m, k: string) => fields[k] ?? m);
const heading = (text: string): DocBlock => ({ kind: 'heading', text });
const para = (text: string, tone?: 'muted' | 'warning'): DocBlock => ({
  kind: 'paragraph',
  text,
  ...(tone ? { tone } : {}),
});

/** Consecutive blackout days as inclusive ranges, for shading. */
function dayRanges(days: readonly IsoDate[]): { from: IsoDate; to: IsoDate }[] {
  const ranges: { from: IsoDate; to: IsoDate }[] = [];
  for (const day of [...new Set(days)].toSorted()) {
    const last = ranges.at(-1);
    if (last && addDays(last.to, 1) === day) last.to = day;
    else ranges.push({ from: day, to: day });
  }
  return ranges;
}

function timelineData(schedule: Schedule): TimelineData | null {
  if (schedule.batches.length === 0) return null;
  const starts = schedule.batches.map((b) => b.startDate).toSorted();
  const ends = schedule.batches.map((b) => b.cutoverDate).toSorted();
  const deadline = schedule.deadline ?? null;
  const from = starts[0] ?? schedule.endDate;
  const last = ends.at(-1) ?? schedule.endDate;
  const to = deadline && deadline > last ? deadline : last;
  return {
    from,
    to,
    deadline,
    bars: schedule.batches.map((b) => ({
      label: batchLabel(b),
      pilot: b.isPilot,
      start: b.startDate,
      syncP50: b.syncDoneP50,
      syncP90: b.syncDoneP90,
      cutover: b.cutoverDate,
    })),
    blackouts: dayRanges((schedule.blackoutDays ?? []).filter((d) => d >= from && d <= to)),
  };
}

function summary(input: PlanDocumentInput, r: Redactor): DocSection {
  const { recommendation: rec, method, schedule } = input;
  const notice = sampleNotice(input.sample);
  const blocks: DocBlock[] = notice ? [para(notice, 'warning')] : [];
  blocks.push(heading('Method and why'));
  blocks.push(
    para(`This plan moves the organisation's mail into Exchange Online with ${label(method)}.`),
  );
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

  blocks.push(heading('Timeline'));
  if (!schedule || schedule.batches.length === 0) {
    blocks.push(para(noScheduleText(input), 'muted'));
  } else {
    const pilot = schedule.batches.filter((b) => b.isPilot).length;
    const first = schedule.batches.map((b) => b.startDate).toSorted()[0] ?? '';
    const deadline = schedule.deadline ?? null;
    const rows: [string, string][] = [
      ['Mailboxes', plural(input.mailboxes.length, 'mailbox', 'mailboxes')],
      [
        'Batches',
        `${schedule.batches.length}${pilot ? ` (including ${plural(pilot, 'pilot batch', 'pilot batches')})` : ''}`,
      ],
      ['First copy starts', first],
      ['Last switch-over', schedule.endDate],
      ['Deadline', deadline ?? 'None set'],
    ];
    if (deadline) {
      const late = daysBetween(deadline, schedule.endDate);
      rows.push([
        'Deadline met',
        schedule.meetsDeadline ? 'Yes' : `No: ${plural(late, 'day')} late`,
      ]);
    }
    blocks.push({ kind: 'facts', rows });
  }

  blocks.push(heading('Risks'));
  const risks: string[] = rec.warnings.map((w) => w.text);
  for (const b of schedule?.binding ?? []) risks.push(bindingSentence(b));
  if (schedule && schedule.flags.length > 0) {
    risks.push(
      `${plural(schedule.flags.length, 'mailbox', 'mailboxes')} flagged for attention (listed under Batches).`,
    );
  }
  const splits = schedule ? crossBatchSplits(schedule) : [];
  if (splits.length > 0) {
    risks.push(
      `${splitPhrase(splitCounts(splits))} could not be kept in the same batch (listed under User impact).`,
    );
  }
  blocks.push(
    risks.length > 0 ? { kind: 'bullets', items: risks.map(r.text) } : para('No risks flagged.'),
  );
  return { id: 'summary', title: 'Executive summary', blocks };
}

function noScheduleText(input: PlanDocumentInput): string {
  return input.mailboxes.length === 0
    ? 'No mailbox inventory has been imported yet, so the plan has no batches, dates or mailbox appendix.'
    : 'The schedule is not ready, so the plan has no batches or dates yet.';
}

function recommendationSection(input: PlanDocumentInput): DocSection {
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

function timelineSection(input: PlanDocumentInput): DocSection {
  const s = input.schedule;
  const data = s ? timelineData(s) : null;
  if (!s || !data) {
    return { id: 'timeline', title: 'Timeline', blocks: [para(noScheduleText(input), 'muted')] };
  }
  return {
    id: 'timeline',
    title: 'Timeline',
    blocks: [
      para(
        'Each bar is a batch: the light part is the data copy (to the 90th-percentile end), the dark mark the switch-over day. ' +
          'Shaded days are blackout days; the red line is the deadline.',
        'muted',
      ),
      { kind: 'timeline', timeline: data },
    ],
  };
}

function batchesSection(
  input: PlanDocumentInput,
  r: Redactor,
  byEmail: Map<string, Mailbox>,
): DocSection {
  const s = input.schedule;
  if (!s || s.batches.length === 0) {
    return { id: 'batches', title: 'Batches', blocks: [para(noScheduleText(input), 'muted')] };
  }
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
        b.memberIndexes.length.toLocaleString('en-GB'),
        gb(b.totalBytes),
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
  if (s.flags.length > 0) {
    const batchOf = new Map<string, string>();
    for (const b of s.batches) for (const m of batchEmails(s, b)) batchOf.set(m, b.name);
    blocks.push(heading('Mailboxes flagged for attention'));
    blocks.push({
      kind: 'table',
      columns: ['Name', 'Address', 'Batch', 'Why'],
      widths: [1.6, 2.2, 1.2, 3],
      rows: s.flags.map((f) => [
        personName(f.email, r, byEmail, input.redacted),
        personEmail(f.email, r, input.redacted),
        batchOf.get(f.email) ?? '',
        r.text(f.reason),
      ]),
    });
  }
  for (const n of s.notices ?? []) {
    if (n === s.notices?.[0]) blocks.push(heading('Notes on the schedule'));
    blocks.push(para(r.text(n.message), 'muted'));
  }
  return { id: 'batches', title: 'Batches', blocks };
}

function personName(email: string, r: Redactor, byEmail: Map<string, Mailbox>, redacted: boolean) {
  if (redacted) return r.name(email);
  return byEmail.get(email)?.displayName ?? email;
}
function personEmail(email: string, r: Redactor, redacted: boolean) {
  return redacted ? r.email(email) : email;
}

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

function impactSection(
  input: PlanDocumentInput,
  r: Redactor,
  byEmail: Map<string, Mailbox>,
): DocSection {
  const s = input.schedule;
  const notes = impactNotes(input.method, s ?? undefined).filter(
    (n) => n.audience !== 'split-delegates',
  );
  const blocks: DocBlock[] = [];
  for (const n of notes) {
    blocks.push(heading(r.text(n.title)));
    blocks.push(
      para(
        `${AUDIENCE[n.audience] ?? n.audience} · ${SEVERITY[n.severity] ?? n.severity}`,
        'muted',
      ),
    );
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
  }
  const splits = s ? crossBatchSplits(s) : [];
  if (s && splits.length > 0) {
    const name = new Map(s.batches.map((b) => [b.id, b] as const));
    const { others } = splitCounts(splits);
    blocks.push(
      heading(
        others === 0
          ? 'Delegates in different batches'
          : 'People who share mailboxes, in different batches',
      ),
    );
    blocks.push(
      para(
        'Until both have moved, these people cannot fully work in each other’s mailbox or calendar.',
        'muted',
      ),
    );
    blocks.push({
      kind: 'table',
      columns: ['Person', 'Works with', 'Link', 'Batches', 'Days apart'],
      widths: [2, 2, 1.3, 2, 0.9],
      rows: splits.map((p) => [
        personName(p.a, r, byEmail, input.redacted),
        personName(p.b, r, byEmail, input.redacted),
        p.kind,
        `${name.get(p.batchA)?.name ?? p.batchA} / ${name.get(p.batchB)?.name ?? p.batchB}`,
        String(p.daysApart),
      ]),
    });
  }
  return { id: 'impact', title: 'User impact', blocks };
}

function communicationsSection(input: PlanDocumentInput): DocSection {
  const s = input.schedule;
  if (!s || s.batches.length === 0) {
    return {
      id: 'communications',
      title: 'Communications calendar',
      blocks: [para(noScheduleText(input), 'muted')],
    };
  }
  const notices = communicationsCalendar(input.method, s, input.commOffsets);
  return {
    id: 'communications',
    title: 'Communications calendar',
    blocks: [
      para(
        'One message per batch on each of these days, counted from the batch’s switch-over. The wording per message is in the planner’s mail-merge export.',
        'muted',
      ),
      {
        kind: 'table',
        columns: ['Send on', 'Batch', 'When', 'Subject', 'Recipients'],
        widths: [1.2, 1.8, 1.3, 3.6, 1],
        rows: notices.map((n) => [
          n.sendDate,
          n.batchName,
          offsetLabel(n.offsetDays),
          fill(n.subject, { batchName: n.fields.batchName, batchDate: n.fields.batchDate }),
          n.recipients.length.toLocaleString('en-GB'),
        ]),
      },
    ],
  };
}

function runbookSection(input: PlanDocumentInput): DocSection {
  const blocks: DocBlock[] = [];
  for (const phase of runbook(input.method)) {
    blocks.push(heading(phase.title));
    blocks.push({
      kind: 'bullets',
      items: phase.items.map((i) => (i.gate ? `Go/no-go: ${i.text}` : i.text)),
    });
  }
  return { id: 'runbook', title: 'Runbook', blocks };
}

const REACH: Record<string, string> = { full: 'Full', partial: 'Partial', none: 'None' };

function rollbackSection(input: PlanDocumentInput): DocSection {
  return {
    id: 'rollback',
    title: 'Rollback',
    blocks: [
      para('How to go back at each stage, and until when that is possible.', 'muted'),
      {
        kind: 'table',
        columns: ['Stage', 'Way back', 'How', 'Possible until'],
        widths: [1.5, 0.9, 3.6, 2],
        rows: rollbackPlan(input.method).map((s) => [
          s.stage,
          `${REACH[s.reach] ?? s.reach}${s.basis === 'inferred' ? ' (inferred)' : ''}`,
          s.how,
          s.until,
        ]),
      },
    ],
  };
}

/** Rows as a reader looks people up: by name ("User 2" before "User 10"), then address. */
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
function byNameThenAddress(x: string[], y: string[]): number {
  return collator.compare(x[0]!, y[0]!) || collator.compare(x[1]!, y[1]!);
}

function appendix(
  input: PlanDocumentInput,
  r: Redactor,
  byEmail: Map<string, Mailbox>,
): PlanDocument['appendix'] {
  const columns = ['Name', 'Address', 'Type', 'Size (GB)', 'Department', 'Office'];
  const widths = [2.2, 3, 1.25, 0.9, 1.4, 1.25];
  const row = (email: string): string[] => {
    const m = byEmail.get(email);
    return [
      personName(email, r, byEmail, input.redacted),
      personEmail(email, r, input.redacted),
      m ? (TYPE_LABELS[m.type] ?? m.type) : '',
      m?.sizeBytes == null ? '' : gb(m.sizeBytes),
      m?.department ?? '',
      m?.office ?? '',
    ];
  };
  const base = { id: 'appendix', title: 'Appendix: mailboxes by batch', columns, widths };
  if (input.mailboxes.length === 0) {
    return { ...base, intro: noScheduleText(input), groups: [] };
  }
  const s = input.schedule;
  if (!s || s.batches.length === 0) {
    return {
      ...base,
      intro: 'The schedule is not ready: mailboxes are listed without batches.',
      groups: [
        {
          title: 'All mailboxes',
          rows: input.mailboxes.map((m) => row(m.email)).sort(byNameThenAddress),
        },
      ],
    };
  }
  return {
    ...base,
    intro: `${plural(input.mailboxes.length, 'mailbox', 'mailboxes')} in ${plural(s.batches.length, 'batch', 'batches')}.`,
    groups: s.batches.map((b) => ({
      title: `${batchLabel(b)}: ${plural(b.memberIndexes.length, 'mailbox', 'mailboxes')}, switch-over ${b.cutoverDate}`,
      rows: batchEmails(s, b).map(row).sort(byNameThenAddress),
    })),
  };
}

/** Every block's text through `f`: the redaction safety net over the finished model. */
function mapBlockText(block: DocBlock, f: (s: string) => string): DocBlock {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return { ...block, text: f(block.text) };
    case 'bullets':
      return { ...block, items: block.items.map(f) };
    case 'facts':
      return { ...block, rows: block.rows.map(([k, v]): [string, string] => [f(k), f(v)]) };
    case 'table':
      return { ...block, rows: block.rows.map((row) => row.map(f)) };
    case 'timeline':
      return {
        ...block,
        timeline: {
          ...block.timeline,
          bars: block.timeline.bars.map((b) => ({ ...b, label: f(b.label) })),
        },
      };
  }
}

/**
 * The client-ready plan: cover, executive summary, recommendation, timeline, batches, user
 * impact, communications, runbook, rollback and the mailbox appendix. In redacted mode every
 * person's name and address is a stable pseudonym and the organisation's mail domain is gone.
 */
export function planDocument(input: PlanDocumentInput): PlanDocument {
  const byEmail = new Map(input.mailboxes.map((m) => [m.email, m] as const));
  const others = input.schedule
    ? [...input.schedule.emails, ...input.schedule.flags.map((f) => f.email)]
    : [];
  const redactor = makeRedactor(input.mailboxes, others);
  const keep: Redactor = { email: (a) => a, name: (a) => a, text: (t) => t };
  const r = input.redacted ? redactor : keep;
  const title = r.text(input.planName.trim() || 'Migration plan');

  let sections: DocSection[] = [
    summary(input, r),
    recommendationSection(input),
    timelineSection(input),
    batchesSection(input, r, byEmail),
    impactSection(input, r, byEmail),
    communicationsSection(input),
    runbookSection(input),
    rollbackSection(input),
  ];
  if (input.redacted) {
    sections = sections.map((s) => ({
      ...s,
      blocks: s.blocks.map((b) => mapBlockText(b, r.text)),
    }));
  }
  return {
    title,
    cover: {
      title,
      subtitle: `Migration to Exchange Online · ${label(input.method)}`,
      clientName: input.clientName.trim(),
      consultantName: input.consultantName.trim(),
      date: input.date,
      note:
        [
          sampleNotice(input.sample),
          input.redacted
            ? 'Redacted copy: people’s names and addresses are replaced by pseudonyms.'
            : null,
        ]
          .filter((n) => n !== null)
          .join(' ') || null,
    },
    marking: input.sample ? 'Sample · fictional data' : null,
    sections,
    appendix: appendix(input, r, byEmail),
  };
}
