import { formatFor } from '../../format.ts';
import { makeRedactor, type Redactor } from '../redact.ts';
import { appendix } from './appendix.ts';
import { batchesSection } from './batches.ts';
import { communicationsSection } from './communications.ts';
import { cover } from './cover.ts';
import type { DocContext, PlanDocumentInput } from './document-input.ts';
import { impactSection } from './impact.ts';
import type { DocSection, PlanDocument } from './model.ts';
import { recommendationSection } from './recommendation.ts';
import { mapBlockText } from './redact-blocks.ts';
import { rollbackSection } from './rollback.ts';
import { runbookSection } from './runbook.ts';
import { summarySection } from './summary.ts';
import { timelineSection } from './timeline.ts';

export type { PlanDocumentInput } from './document-input.ts';

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
  const ctx: DocContext = { input, r, byEmail, f: formatFor(input.locale) };
  const title = r.text(input.planName.trim() || 'Migration plan');

  let sections: DocSection[] = [
    summarySection(ctx),
    recommendationSection(input),
    timelineSection(ctx),
    batchesSection(ctx),
    impactSection(ctx),
    communicationsSection(ctx),
    runbookSection(input.method),
    rollbackSection(input.method),
  ];
  if (input.redacted) {
    sections = sections.map((s) => ({
      ...s,
      blocks: s.blocks.map((b) => mapBlockText(b, r.text)),
    }));
  }
  return {
    title,
    cover: cover(ctx, title),
    marking: input.sample ? 'Sample · fictional data' : null,
    sections,
    appendix: appendix(ctx),
  };
}
