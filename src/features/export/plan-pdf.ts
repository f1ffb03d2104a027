import { fileSlug } from '../../domain/export/file-slug.ts';
import { planDocument } from '../../domain/export/plan-document/index.ts';
import type { PlanDecision } from '../../domain/plan/plan-decision.ts';
import type { PlanInputs } from '../../domain/plan/plan.ts';
import { sampleKind } from '../../domain/plan/sample-data.ts';
import type { Schedule } from '../../domain/schedule/schedule-types.ts';
import type { StoredInventory } from '../../store/inventory-db.ts';
import { browserLocales } from '../../store/use-format.ts';
import { resolveLocale } from '../../domain/format.ts';
import { todayIso } from '../../ui/download-blob.ts';
import { makePdf } from './make-pdf.ts';
import type { RenderProgress } from '../../workers/render-pdf-messages.ts';

export type ReadyDecision = Extract<PlanDecision, { ready: true }>;

/** The plan's PDF and its file name: one path for the PDF button and the zip of everything. */
export async function planPdf(args: {
  plan: PlanInputs;
  decision: ReadyDecision;
  inventory: StoredInventory;
  schedule: Schedule | null;
  redacted: boolean;
  onProgress: (p: RenderProgress) => void;
  signal: AbortSignal;
}): Promise<{ blob: Blob; name: string }> {
  const { plan, decision, redacted } = args;
  const model = planDocument({
    planName: plan.name,
    consultantName: plan.export.consultantName,
    clientName: plan.export.clientName,
    date: todayIso(),
    locale: resolveLocale(plan.locale, browserLocales()),
    recommendation: decision.recommendation,
    method: decision.method,
    overrideReason: decision.overridden ? (plan.choice?.reason ?? null) : null,
    schedule: args.schedule,
    mailboxes: args.inventory.mailboxes,
    commOffsets: plan.impact.commOffsets,
    redacted,
    sample: sampleKind(plan),
  });
  const blob = await makePdf(model, plan.export.logoDataUrl, args.onProgress, args.signal);
  const name = `${fileSlug(plan.name) || 'plan'}${redacted ? '-redacted' : ''}-${todayIso()}.pdf`;
  return { blob, name };
}
